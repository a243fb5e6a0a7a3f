from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
@dataclass
class Line:
    a: Pt
    b: Pt
print(Pt.__match_args__)
def desc(o):
    match o:
        case Pt(0, 0):
            return "origin"
        case Pt(x, 0) | Pt(0, x):
            return f"axis {x}"
        case Line(Pt(x1, y1), Pt(x2, y2)) if x1 == x2:
            return f"vertical at {x1}"
        case Line(a=Pt(y=ya), b=Pt(y=yb)) if ya == yb:
            return f"horizontal at {ya}"
        case Pt(x=x, y=y):
            return f"point {x},{y}"
        case _:
            return "other"
for o in [Pt(0, 0), Pt(3, 0), Pt(0, 4), Pt(1, 2), Line(Pt(1, 0), Pt(1, 5)), Line(Pt(0, 2), Pt(5, 2)), Line(Pt(0, 0), Pt(1, 1)), 7]:
    print(desc(o))
