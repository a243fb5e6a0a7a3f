x = "outer"
r = [x for x in range(3)]
print(r, x)
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, list(y * i for i in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
n = 5
print([[n * r + c for c in range(2)] for r in range(2)])
def walrus_in_comp():
    [last := v for v in range(4)]
    return last
print(walrus_in_comp())
