async def agen():
    yield 1
    x = yield
    y = yield await z
    async for i in aiter_(x):
        yield i
async def f():
    return [i async for i in agen()], await g(), (await h())[0]
async def g():
    await asyncio.sleep(0)
    r = await a + await b
    s = await a ** 2
    t = not await c
    u = [await v async for v in w if await v]
    await (yield_ for yield_ in a)
async def h():
    async with a as (b, c), d:
        async for (e, f) in g:
            async with h:
                pass
