def m(v):
    match v:
        case [_, _, *_, "last"]: return "3+ ending last"
        case (*_,) if len(v) == 0: return "empty seq"
        case [*a, [*b]]: return f"last is list a={a} b={b}"
        case {"k": [*xs]} if xs: return f"k has {xs}"
        case {**kw} if not kw: return "empty mapping"
        case _: return "fallback"
for v in [[1, 2, "last"], (), [1, [2, 3]], {"k": [1]}, {}, {"k": []}, "str"]:
    print(repr(v), m(v))
