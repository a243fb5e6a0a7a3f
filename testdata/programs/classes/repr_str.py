class A:
    def __repr__(self): return "A()"
class B(A):
    def __str__(self): return "B as str"
class C:
    def __format__(self, spec): return f"C formatted with {spec!r}"
print(A(), str(A()), repr(B()), str(B()), [B()], f"{B()} {B()!r}", f"{C():xyz}", format(C(), ""))
print("%s %r" % (B(), B()))
