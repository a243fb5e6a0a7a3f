match cmd:
    case [a, *rest]:
        pass
    case {'k': b, **kw}:
        pass
    case Point(x=px, y=0) | Point(px, _) if px > 0:
        pass
    case (1 | 2) as num:
        pass
    case Color.RED:
        pass
    case None:
        pass
