g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g))
print(sum(x for x in range(101)), max((len(s), s) for s in ["a", "ccc", "bb"]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def outer():
    return (x for x in range(1 / 0))
try:
    outer()
except ZeroDivisionError:
    print("eager first iterable")
gg = (1 / x for x in [1, 0])
print(next(gg))
try:
    next(gg)
except ZeroDivisionError:
    print("lazy body")
print(list((a, b) for a in "ab" for b in "12"))
