def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["drop", *objects]:
            for o in objects:
                match o:
                    case "all":
                        break
                    case _:
                        continue
        case _:
            return None
