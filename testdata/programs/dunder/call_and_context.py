class Adder:
    def __init__(self): self.total = 0
    def __call__(self, *a, **k):
        self.total += sum(a) + sum(k.values())
        return self.total
a = Adder()
print(a(1, 2), a(x=3), callable(a), callable(Adder))
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, t, v, tb): print("exit", self.name, t.__name__ if t else None); return self.swallow
with CM("a") as x, CM("b") as y:
    print(x, y)
with CM("c", True):
    raise ValueError("boom")
print("after")
try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
