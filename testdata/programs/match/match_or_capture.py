def m(v):
    match v:
        case [x, 0] | [0, x]: return f"axis value {x}"
        case {"a": x} | {"b": x}: return f"a-or-b {x}"
        case (1 | 2) as small, *_: return f"starts small {small}"
        case _: return "none"
for v in [[5, 0], [0, 7], {"b": 3}, {"a": 1, "b": 2}, [2, 9, 9], [3]]:
    print(v, m(v))
