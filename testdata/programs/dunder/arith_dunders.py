class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
import operator
def mk(name):
    f = getattr(operator, name if name not in ("and", "or") else name + "_")
    def fwd(self, o): print("  __%s__" % name); return V(f(self.n, o.n if isinstance(o, V) else o))
    def ref(self, o): print("  __r%s__" % name); return V(f(o, self.n))
    def inp(self, o): print("  __i%s__" % name); self.n = f(self.n, o.n if isinstance(o, V) else o); return self
    return fwd, ref, inp
for name in ops:
    fwd, ref, inp = mk(name)
    setattr(V, "__%s__" % name, fwd)
    setattr(V, "__r%s__" % name, ref)
    setattr(V, "__i%s__" % name, inp)
for name in ops:
    f = getattr(operator, name if name not in ("and", "or") else name + "_")
    i = getattr(operator, "i" + name)
    if name == "matmul":
        continue
    print(name)
    r1 = f(V(7), 3)
    r2 = f(7, V(3))
    v = V(12)
    r3 = i(v, 2)
    print(" ", r1, r2, r3, r3 is v)
class M:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __imatmul__(self, o): return "imatmul"
m = M()
print(m @ 1, 1 @ m)
m @= 2
print(m)
