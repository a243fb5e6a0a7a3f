def f(s):
    match s:
        case {}:
            pass
        case {"a": x}:
            pass
        case {"a": 1, "b": q, **r}:
            pass
        case {**rest}:
            pass
        case {mod.KEY: x, 1: y, -1: z}:
            pass
        case {"k": [1, *_], "m": {"n": _}}:
            pass
