def m(x):
    match x:
        case []: return "empty"
        case [a]: return f"one {a}"
        case [a, b]: return f"two {a} {b}"
        case [1, *rest]: return f"starts with 1, rest {rest}"
        case [*init, "end"]: return f"ends, init {init}"
        case [a, *_, z]: return f"first {a} last {z}"
        case _: return "not a sequence"
for v in [[], [5], (1, 2), [1, 2, 3], ["a", "b", "end"], [7, 8, 9, 10], "str", range(3), {1: 2}, b"ab"]:
    print(v, "->", m(v))
match (1, (2, 3)):
    case (x, (y, z)):
        print("nested", x, y, z)
