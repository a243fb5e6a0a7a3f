class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class X: pass
class Y: pass
try:
    class Z(X, Y): pass
    class Bad(Y, Z): pass
except TypeError as e:
    print("TypeError", e)
print(D.mro() == list(D.__mro__), B.__bases__, D.__base__.__name__)
