a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
(j, k), [l, *m] = "ab", [1, 2, 3]
print(j, k, l, m)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    x, y, *z = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
