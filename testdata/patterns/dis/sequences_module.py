match s:
    case []:
        pass
    case [_, _]:
        pass
    case [x, y]:
        pass
    case (1, x):
        pass
    case [x, _]:
        pass
    case [x, *rest]:
        pass
    case [*rest, x]:
        pass
    case [a, *_, b]:
        pass
    case [*_]:
        pass
    case [_, *_]:
        pass
    case [[1, x], (y, [*z])]:
        pass
