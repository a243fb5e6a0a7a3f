match x:
  case {-1e400: 1, -1e401: 2}: pass
