class Base:
    @property
    def name(self): return "base"
    @property
    def size(self): return 1
class Child(Base):
    @property
    def name(self): return "child of " + super().name
    @Base.size.getter
    def size(self): return 2
c = Child()
print(c.name, c.size, Base().size, type(Child.name).__name__, Child.name.fget.__name__)
class RO:
    __slots__ = ("_v",)
    def __init__(self): self._v = 1
    v = property(lambda self: self._v, doc="read only")
print(RO().v, RO.v.__doc__)
try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError:", e)
