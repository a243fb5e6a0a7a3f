match s:
    case 1:
        pass
    case -2 | 1+2j | -1.5-0.5j:
        pass
    case "a" "b":
        pass
    case b"x":
        pass
    case mod.CONST:
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
