match x:
  case [y, *_]: pass
  case z: pass
  case 1: pass
