match x:
    case {1j: 1, 0+1j: 2}:
        pass
