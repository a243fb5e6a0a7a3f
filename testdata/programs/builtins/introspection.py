class A:
    x = 1
    def m(self): pass
a = A()
print(type(a).__name__, isinstance(a, A), isinstance(1, (str, int)), issubclass(A, object), callable(A), callable(a))
print(hasattr(a, "x"), getattr(a, "y", "dflt"), setattr(a, "y", 2), a.y, delattr(a, "y"), hasattr(a, "y"))
print(sorted(n for n in dir(a) if not n.startswith("_")), vars(A)["x"], type(A).__name__, type(type).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(len).__name__, type(a.m).__name__)
print(id(a) == id(a), hash(1) == hash(1.0), hash("") == 0, hash(-1), hash(2**61), hash(-2))
print(isinstance(True, int), type(True) is bool, bool.__mro__[1].__name__, object.__name__)
