match x:
    case Point():
        pass
    case Point(0):
        pass
    case Point(0, 1):
        pass
    case Point(x=0):
        pass
    case Point(x=0, y=1):
        pass
    case Point(0, y=1):
        pass
    case Point(a, b, x=c, y=d,):
        pass
    case mod.Point(x=[1, 2]):
        pass
    case a.b.C(D(E()), k=F(g=1)):
        pass
    case int(n) | float(n):
        pass
    case str() as s:
        pass
