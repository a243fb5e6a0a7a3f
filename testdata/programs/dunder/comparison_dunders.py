class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print(f"eq {self.v} {o.v}"); return self.v == o.v
    def __lt__(self, o): print(f"lt {self.v} {o.v}"); return self.v < o.v
    def __le__(self, o): print(f"le {self.v} {o.v}"); return self.v <= o.v
a, b = K(1), K(2)
print(a < b)
print(a > b)
print(a >= b)
print(a != b)
print(sorted([K(3), K(1), K(2)], key=lambda k: k.v)[0].v)
class NoEq: pass
n = NoEq()
print(n == n, n != NoEq())
try:
    NoEq() < NoEq()
except TypeError as e:
    print("TypeError", e)
print(1 < 2 < 3, (1 < 2) < 3)
