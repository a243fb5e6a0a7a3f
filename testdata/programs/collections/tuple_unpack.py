t = (1, 2, 3)
a, b, c = t; print(a, b, c)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = "hello"; print(init, last)
a, *m, z = range(2); print(a, m, z)
(x, y), [p, q] = "ab", (1, 2); print(x, y, p, q)
a, b = b, a; print(a, b)
print((1,), (), tuple("ab"), t + (4,), t * 2, t.count(2), t.index(3), (1, 2) < (1, 2, 0), 2 in t)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab"], {*"aa"}, {**{"a": 1}, "b": 2}, (*[1], *[2]))
x = y = [0]; x.append(1); print(y)
i = 0; l = [0, 0]; i, l[i] = 1, 5; print(l)
