from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Custom:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
def m(v):
    match v:
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return "some point"
        case Custom(1, b=b): return f"custom1 {b}"
        case Custom(a, b): return f"custom {a} {b}"
        case int(n) if n > 100: return f"big int {n}"
        case int() | float(): return "number"
        case str(s): return f"str {s!r}"
        case _: return "other"
for v in [Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Custom(1, 2), Custom(5, 6), 500, 5, 2.5, "s", None]:
    print(m(v))
try:
    match Custom(1, 2):
        case Custom(1, 2, 3): pass
except TypeError as e:
    print(e)
