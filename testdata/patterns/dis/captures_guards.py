def f(s):
    match s:
        case [x] as whole if x:
            return whole
        case ((1 as a) as b) as c:
            return a
        case n if n > 0:
            return n
        case {"k": v} if v and g:
            return v
        case _ if s:
            return 1
    return 2

def g(s):
    match s:
        case other:
            return other

def h(s):
    match s:
        case _:
            return 0

match subject:
    case [x, y] if x == y:
        z = 1
    case _:
        z = 2
