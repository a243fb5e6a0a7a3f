def g():
    yield 1
def h():
    yield from g()
async def a():
    await x
async def ag():
    yield 1
    await y
