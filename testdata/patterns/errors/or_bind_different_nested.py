match x:
    case [(a, b) | (b, a), (c | d)]: pass
