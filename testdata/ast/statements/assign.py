x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = [c, d] = e
[a, *b] = range(3)
a.b = 1
a.b.c = 2
a[0] = 3
a[1:2] = []
a[::2], b.c = f()
x = yield_ = 5
