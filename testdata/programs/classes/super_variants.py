class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
class C(B):
    def f(self): return "C>" + super(B, self).f()
print(B().f(), C().f(), C.c(), super(C, C()).f())
class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class Mixin:
    def __init__(self, **kw):
        print("Mixin init")
        super().__init__(**kw)
class Final(Mixin, Base):
    def __init__(self):
        super().__init__(x=1)
Final()
