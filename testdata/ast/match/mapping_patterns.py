match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": 2,}:
        pass
    case {"a": x, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -2: b, 1.5: c, 1 + 2j: d, b"x": e, None: f, True: g, Color.RED: h}:
        pass
    case {"k": [1, *_], "m": {"n": _}}:
        pass
    case {"a": 1, **rest,}:
        pass
