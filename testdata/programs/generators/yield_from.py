def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return x + y
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield "o"
    return "outer done"
g = outer()
print(next(g), g.send(1), g.send(2))
try:
    next(g)
except StopIteration as s:
    print("StopIteration value:", s.value)
def flat(x):
    if isinstance(x, list):
        for i in x:
            yield from flat(i)
    else:
        yield x
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
def delegate_throw():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)
        yield "recovered"
d = delegate_throw()
next(d)
print(d.throw(KeyError("k")))
print(list(x for x in (yield_ for yield_ in range(3))))
