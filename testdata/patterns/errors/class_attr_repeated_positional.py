match x:
  case C(a, b, c=d, c=e): pass
