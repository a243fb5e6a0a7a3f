class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError", e)
class H(P):
    def __hash__(self): return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, {H(3): "v"}[H(3)])
class Weird:
    def __hash__(self): return -1
print(hash(Weird()), hash(-1), hash(-2))
print(hash(True) == hash(1), hash(()) == hash(()))
