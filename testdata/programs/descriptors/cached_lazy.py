class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    calls = 0
    @lazy
    def total(self):
        Data.calls += 1
        print("computing")
        return sum(range(10))
d = Data()
print(d.total, d.total, Data.calls)
from functools import cached_property
class E:
    @cached_property
    def v(self):
        print("compute v")
        return [1, 2]
e = E()
print(e.v is e.v, "v" in e.__dict__)
del e.v
print(e.v)
