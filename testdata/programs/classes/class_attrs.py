class K:
    shared = []
    def __init__(self, n): self.n = n
    def add(self, v): self.shared.append(v)
a, b = K(1), K(2)
a.add("x"); b.add("y")
print(K.shared, a.shared is b.shared, vars(a), K.__name__, K.__qualname__, K.__module__)
a.shared = ["own"]
print(a.shared, b.shared, "shared" in vars(a))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(type(a).__name__, a.__class__ is K, K.__dict__["add"].__name__, sorted(k for k in vars(K) if not k.startswith("__")))
