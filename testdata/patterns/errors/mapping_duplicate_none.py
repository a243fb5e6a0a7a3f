match x:
  case {None: 1, None: 2}: pass
