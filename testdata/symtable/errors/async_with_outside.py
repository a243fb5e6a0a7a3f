async def g():
    def f():
        async with x:
            pass
