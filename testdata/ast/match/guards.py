match x:
    case n if n > 0:
        pass
    case [a, b] if a == b:
        pass
    case {"k": v} if (w := v):
        pass
    case _ if f(x) and g(y):
        pass
    case Point(x=px) if (px in range(10) if px else False):
        pass
