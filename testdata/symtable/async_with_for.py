async def f(cm, it):
    async with cm as c:
        async for i in it:
            pass
