class F:
    def __repr__(self): return "F-repr"
    def __str__(self): return "F-str"
    def __format__(self, spec): return f"F-format[{spec}]"
f = F()
print(f, repr(f), str(f), f"{f}", f"{f!r}", f"{f!s}", f"{f:>10}", format(f, "x"), [f], "%s %r" % (f, f))
class OnlyRepr:
    def __repr__(self): return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
try:
    format(OnlyRepr(), "5")
except TypeError as e:
    print("TypeError", e)
class B:
    def __bytes__(self): return b"bytes!"
print(bytes(B()))
