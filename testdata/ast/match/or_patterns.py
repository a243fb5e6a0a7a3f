match x:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case [1, 2] | [3, 4]:
        pass
    case (1 | 2) | 3:
        pass
    case None | True | False:
        pass
    case {"k": 1} | Point(x=1) | _:
        pass
