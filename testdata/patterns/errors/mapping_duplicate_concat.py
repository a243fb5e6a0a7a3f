match x:
  case {'a' 'b': 1, 'ab': 2}: pass
