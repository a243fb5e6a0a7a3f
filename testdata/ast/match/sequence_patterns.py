match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case [a, b, c]:
        pass
    case (a, b, c):
        pass
    case [a, *rest]:
        pass
    case [*rest, a]:
        pass
    case [a, *_, b]:
        pass
    case [*_]:
        pass
    case *a, b:
        pass
    case [[1, 2], (3, 4), [*x]]:
        pass
    case (a):
        pass
    case [1, 2,]:
        pass
    case a, *b,:
        pass
