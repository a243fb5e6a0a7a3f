def f(await_, async_): pass
x.await_ = 1
def await_(): pass
class async_: pass
async def f():
    async def g():
        async def h():
            await i
        return h
    return g
