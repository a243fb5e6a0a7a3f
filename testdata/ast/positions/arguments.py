def f(a, /, b: int = 1, *c: str, d, e=2, **f: float): pass
lambda a, /, b=1, *c, d, e=2, **f: 0
f(a, *b, c=1, **d)
class C(A, *b, k=1, **kw): pass
