async def f(xs):
    return [x async for x in xs], (await y for y in xs)
