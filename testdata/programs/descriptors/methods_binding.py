class A:
    def m(self, x):
        return ("m", x)
    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)
    @staticmethod
    def s(x):
        return ("s", x)
class B(A): pass
a = B()
print(a.m(1), a.c(2), a.s(3), B.c(4), B.s(5), A.m(a, 6))
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm == a.m, bm is a.m)
f = A.__dict__["m"].__get__(a, A)
print(f(7))
cm = A.__dict__["c"]
print(type(cm).__name__, cm.__get__(None, B)(8), cm.__func__.__name__)
sm = A.__dict__["s"]
print(type(sm).__name__, sm.__get__(None, A)(9), sm(10))
print(type(A.__dict__["m"].__get__(None, A)).__name__)
