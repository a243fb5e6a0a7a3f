match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -1j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 1.5 + 0j:
        pass
    case "s":
        pass
    case b"b":
        pass
    case "a" "b":
        pass
    case r"raw" 'x':
        pass
    case "x" if False:
        pass
