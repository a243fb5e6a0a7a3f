match x,:
    case _: pass
match x, y:
    case (a, b): pass
match *x, y:
    case _: pass
match (x):
    case _: pass
match f(x):
    case _: pass
match x.y[0]:
    case _: pass
match (y := f()):
    case _: pass
match -x:
    case _: pass
match [x, y]:
    case _: pass
match x if y else z:
    case _: pass
