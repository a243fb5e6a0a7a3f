class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B+" + super().who()
class C(A):
    def who(self): return "C+" + super().who()
class D(B, C):
    def who(self): return "D+" + super().who()
print(D().hello(), [k.__name__ for k in D.__mro__])
print(issubclass(D, A), isinstance(D(), C), issubclass(bool, int), B.__bases__[0].__name__)
try:
    class X(A, D): pass
except TypeError as e:
    print("mro error:", e)
