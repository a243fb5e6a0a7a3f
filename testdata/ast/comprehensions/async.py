async def f():
    [x async for x in a]
    {x async for x in a}
    {k: v async for k, v in a}
    (x async for x in a)
    [x for x in a async for y in x]
    [x async for x in a for y in x]
    [await x for x in a]
    [x for x in await a]
    [x async for x in a if await x]
    [x async for x in a async for y in b]
    [[y async for y in x] for x in a]
async def g():
    return (x async for x in a)
def h():
    return (await x for x in a)
