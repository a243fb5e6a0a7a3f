def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2, *[3, 4], *(5,), x=1, **{"y": 2}, **dict(z=3))
t = (1, 2, 3)
d = {"sep": "-", "end": "!\n"}
print(*t, **d)
def first(a, *rest):
    return a, rest
print(first(*"hello"))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
