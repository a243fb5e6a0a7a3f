def gen():
    yield
def gen2():
    yield 1
    yield from range(3)
def gen3():
    x = yield
    return x
def gen4():
    try:
        yield 1
    finally:
        yield 2
