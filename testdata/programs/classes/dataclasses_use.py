from dataclasses import dataclass, field, asdict, replace
@dataclass(order=True)
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
p = Pt(1, 2)
print(p, p == Pt(1, 2, ["t"]), p < Pt(1, 3), asdict(p), replace(p, y=9))
@dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except Exception as e:
    print(type(e).__name__)
print(hash(F(1)) == hash(F(1)), sorted([Pt(2), Pt(1, 5), Pt(1, 1)]))
