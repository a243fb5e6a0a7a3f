# Coroutines, async for/with, async comprehensions, async generators.
async def main(session):
    async with session as s:
        data = await s.get()
    async for item in s:
        print(item)
    return [x async for x in s if await x]

async def agen():
    yield 1
    await sleep(0)
