def m(v):
    match v:
        case (a, b, c): return f"triple {a}{b}{c}"
        case str() as s if len(s) == 3: return "3-char str is not a sequence pattern"
        case bytearray() | bytes(): return "bytes-like"
        case [a, b] if a == b: return "pair same"
        case _: return "no"
for v in [(1, 2, 3), "abc", [1, 1], b"xyz", bytearray(b"q"), [1, 2]]:
    print(repr(v), m(v))
