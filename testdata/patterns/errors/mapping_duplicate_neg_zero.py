match x:
  case {-0.0: 1, 0: 2}: pass
