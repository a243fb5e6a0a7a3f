match x:
    case (1 | z): pass
    case 3: pass
