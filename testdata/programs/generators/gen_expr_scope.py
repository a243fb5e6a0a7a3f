x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
class C:
    y = 5
    vals = [i for i in range(3)]
    try:
        bad = [y for i in range(2)]
    except NameError as e:
        msg = str(e)
print(C.vals, C.msg)
it = iter(range(3))
g2 = (v for v in it)
print(next(g2), list(it), list(g2))
try:
    (1 / 0 for _ in range(1))
    print("lazy: no error yet")
    g3 = (v for v in 1 / 1 / 0)
except ZeroDivisionError:
    print("first iterable evaluated eagerly")
