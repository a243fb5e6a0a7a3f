class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(1, 2) == P(1, 2), P(1, 2) != P(1, 3), P(1, 2) == (1, 2))
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Plain: pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
d = {P(0, 0): "origin"}
print(d[P(0, 0)])
