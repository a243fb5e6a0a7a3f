match x:
    case {0: 1, False: 2}:
        pass
