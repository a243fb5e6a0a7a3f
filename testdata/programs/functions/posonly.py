def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
try:
    f(1, 2)
except TypeError as e:
    print(e)
