def g():
    x = yield
    y = yield 1
    z = yield from a
    f((yield))
    f((yield 1), (yield from b))
    w = (yield) + 1
    v = [(yield)]
    u = {(yield): (yield)}
    yield (yield (yield))
