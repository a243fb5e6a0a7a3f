match x:
    case 1:
        match y:
            case z:
                pass
            case 2:
                pass
