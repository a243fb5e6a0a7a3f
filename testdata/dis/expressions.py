# Operators, folding, displays, calls, f-strings, subscripts.
x = 2 ** 10 - 1
y = (1, 2, (3, "a" * 3)) + ()
z = not a in b
t = a < b <= c
u = a and b or not c
v = [1, 2, 3], {1, 2, 1.0}, {"k": 1, "j": 2}, {**d, "k": 3}
w = f(a, *b, c=1, **e)
o.m(1, k=2)
s = a[1:2], a[::2], a[i], "abc"[1]
fs = f"{a!r:>{w}} and {b=}"
q = (lambda p, /, k=3: p + k)
n = a if b else c
del a[0], o.attr, name
