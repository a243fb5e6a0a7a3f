match x:
    case {-1: 1, -1: 2}:
        pass
