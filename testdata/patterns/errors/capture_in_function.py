def f(x):
    match x:
        case {'k': v}:
            return v
        case other:
            return other
        case _:
            return None
