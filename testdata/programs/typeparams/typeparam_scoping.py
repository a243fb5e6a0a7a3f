T = "outer T"
class C[T]:
    x = T
    def m(self) -> T:
        return T
print(C.x, C().m() is C.__type_params__[0], T)
def outer[T]():
    def inner():
        return T
    return inner()
print(outer() is outer.__type_params__[0])
class D[T]:
    class Inner:
        seen = T
print(D.Inner.seen is D.__type_params__[0])
def h[A](a: A = 1): return a
print(h(), h.__defaults__)
