match x:
    case [a, *b, c] | {"k": d, **e} | P(f, g=h) as i if j:
        pass
    case -1 | 1+2j | -1.5-3j | "s" 'x' | None:
        pass
