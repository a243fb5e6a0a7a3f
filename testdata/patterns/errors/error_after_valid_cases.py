match x:
    case 1:
        pass
    case [a, b] if a:
        pass
    case {'k': a, 'k': b}:
        pass
