def m(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}: return f"point {x0},{y0}"
        case {"type": "circle", **rest}: return f"circle rest={rest}"
        case {"type": t}: return f"unknown type {t}"
        case {}: return "empty-ish mapping"
        case _: return "no"
for v in [{"type": "point", "x": 1, "y": 2, "z": 0}, {"type": "circle", "r": 5, "c": (0, 0)}, {"type": "sq"}, {"a": 1}, [1]]:
    print(m(v))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"k": v}: print("matched", v)
    case _: print("get used, no default created:", dict(dd))
