match x:
    case {'ä': 1, 'ä': 2}: pass
