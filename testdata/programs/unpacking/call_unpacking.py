def f(a, b, c=0, *args, d=1, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(*[1, 2]), f(*"xy", *[3, 4]), f(1, *(2, 3), **{"d": 4, "e": 5}))
print(f(**{"a": 1, "b": 2}, **{"z": 9}))
try:
    f(1, 2, **{"d": 1}, **{"d": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError", e)
print(print(*range(3), sep="-"))
