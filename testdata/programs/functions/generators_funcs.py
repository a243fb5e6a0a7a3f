def gen_args(*names, sep=", "):
    return sep.join(f"<{n}>" for n in names)
print(gen_args("a", "b"), gen_args(sep="|"), gen_args(*"xyz", sep=""))
def kwonly(*, a, b=2):
    return a * b
print(kwonly(a=3), kwonly(b=5, a=1))
def returns_multiple():
    return 1, [2, 3], {"k": 4}
a, (b, c), d = returns_multiple()
print(a, b, c, d)
def no_return():
    pass
print(no_return())
def attrs():
    pass
attrs.custom = 42
print(attrs.custom, attrs.__name__, attrs.__module__, callable(attrs))
