def f(s, t):
    match s:
        case [
            x,
            y,
        ]:
            match t:
                case {"k": x}:
                    return x
                case _:
                    pass
            return y
        case (
            1
            | 2
        ):
            pass
