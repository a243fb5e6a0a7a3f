import gc
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __add__(self, other):
        return self.v + other

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    __hash__ = object.__hash__


b = Box(5)
p = weakref.proxy(b)
print(p.v, p.get(), len(p), p[2], p + 1, p == Box(5), type(p).__name__, type(p))
p.v = 7
print(b.v, p.__class__.__name__, isinstance(p, weakref.ProxyTypes))
del p.v
print(hasattr(b, "v"))
b.v = 1
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


def f(x):
    return x * 2


cp = weakref.proxy(f)
print(cp(21), type(cp).__name__, weakref.getweakrefcount(f))
log = []
p2 = weakref.proxy(b, lambda pr: log.append("proxy callback"))
del b
gc.collect()
print(log)
for op in [lambda: p.v, lambda: len(p), lambda: p + 1, lambda: str(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
