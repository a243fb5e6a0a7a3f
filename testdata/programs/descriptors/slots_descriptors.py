class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, type(P.x).__name__, P.x.__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
P.x.__set__(p, 42)
print(P.x.__get__(p, P), hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(2)
q.z = 5
print(q.x, q.z, sorted(q.__dict__))
