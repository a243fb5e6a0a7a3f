pass
x = 1; y = 2; pass;
del x
del x, y
del (a), [b]
del a.b, a[0], a[1:2]
del (a, b), [c, d]
assert x
assert x, "message"
assert (x, y)
