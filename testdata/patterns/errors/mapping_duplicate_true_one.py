match x:
  case {True: 1, 1: 2}: pass
