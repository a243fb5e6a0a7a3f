match x:
    case (1 | _) as z: pass
    case 3: pass
