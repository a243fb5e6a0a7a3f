class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__")
        return A(self.v + o)
class B(A):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class C(A):
    def __iadd__(self, o):
        print("__iadd__ NotImplemented")
        return NotImplemented
for cls in (A, B, C):
    x = cls(1)
    orig = x
    x += 5
    print(cls.__name__, x.v, x is orig)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
