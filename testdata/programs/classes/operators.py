class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iadd__(self, o):
        print("iadd")
        return self + o
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, v * 3, 3 * v, -v, abs(V(3, 4)), len(v), v[1], v[::-1], v @ V(5, 6))
v += V(1, 1)
print(v, bool(V(0, 0)), V(1, 1) < V(2, 2), V(5, 5) > V(1, 1), sorted([V(3, 3), V(1, 0)]))
try:
    v + "s"
except TypeError as e:
    print(e)
class R:
    def __radd__(self, o): return f"R.radd({o!r})"
    def __rsub__(self, o): return "rsub"
    def __rpow__(self, o): return "rpow"
print(1 + R(), "x" + R(), 2 - R(), 2 ** R(), sum([R()], 0) if False else "skip")
