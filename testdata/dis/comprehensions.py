# PEP 709 inlining at module, function and class level; generator expressions; cells.
squares = [x * x for x in range(10) if x % 2]
pairs = {k: v for k, v in items}
nested = [(i, j) for i in a for j in b]
gen = (y for y in range(3))
funcs = [lambda: i for i in range(3)]
def f(a):
    return {a + x for x in a}
class C:
    z = 1
    w = [z * q for q in range(3)]
