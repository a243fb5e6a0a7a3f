def f(s):
    match s:
        case 1 | 2 | 3:
            pass
        case [x] | (x, 0):
            pass
        case [x, y] | [y, x, _]:
            pass
        case [1, x, *rest, 2] | (x, *rest):
            pass
        case None | [_, *_, 3]:
            pass
        case [a, (b, c) | (c, b)]:
            pass
        case {"k": (a, b, c) | [c, a, b]}:
            pass
