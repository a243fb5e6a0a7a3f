def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *a, *b
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    y = yield from g()
    yield from (a, b)
    await_ = (yield)
    print((yield))
    z = [(yield x) for x in ()] if 0 else None
    return (yield from it)
