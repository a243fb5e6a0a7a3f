async def f():
    await x
    await f()
    return await x
async def g():
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async for x in y:
        pass
    async for a, b in y:
        pass
    else:
        pass
    x = [await y for y in z]
    await (await x)
    await x ** 2
    -await x
    await x.y
    await x[0]
    await x()
async def h():
    yield 1
    yield
    x = await (yield)
async def empty(): pass
@decorator
async def decorated(): pass
class C:
    async def method(self):
        await self.x
async def k[T](): pass
await_ = 1
async_ = 2
