match x:
    case y:
        pass
match x:
    case 1 as y:
        pass
    case (1 | 2) as z:
        pass
    case [a, b] as c:
        pass
    case Point(x=0) as p:
        pass
    case ((1 as a) as b) as c:
        pass
    case _ as w:
        pass
