match x:
  case [1, {'k': [{2: a, 2.0: b}]}]: pass
