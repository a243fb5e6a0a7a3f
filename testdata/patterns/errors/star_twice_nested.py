match x:
    case [1, [2, *a, 3, *_]]:
        pass
