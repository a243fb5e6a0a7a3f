def f(s):
    match s:
        case C():
            pass
        case C(1, y, a=z):
            pass
        case C(_, x):
            pass
        case C(x=_):
            pass
        case mod.Point(x=0, y=py) as p:
            pass
        case int(n) | float(n):
            pass
