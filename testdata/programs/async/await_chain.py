class Fut:
    def __init__(self): self.value = None
    def __await__(self):
        v = yield self
        return v
async def level(n):
    if n == 0:
        return await Fut()
    return 1 + await level(n - 1)
c = level(5)
f = c.send(None)
print(type(f).__name__)
try:
    c.send(100)
except StopIteration as s:
    print(s.value)
import inspect
async def a(): pass
print(inspect.iscoroutinefunction(a), inspect.iscoroutine(a()) if False else "skip")
co = a()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
