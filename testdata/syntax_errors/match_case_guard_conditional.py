match x:
    case p if a else b:
        pass
