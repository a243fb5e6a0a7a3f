match x:
  case 'é' | y: pass
