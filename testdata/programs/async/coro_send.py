import types
@types.coroutine
def suspend(v):
    got = yield v
    return got
async def add(a, b):
    x = await suspend(("need", a))
    y = await suspend(("need", b))
    return x + y
async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return [r1, r2]
c = main()
print(type(c).__name__)
req = c.send(None)
try:
    while True:
        print("request", req)
        req = c.send(req[1] * 100)
except StopIteration as s:
    print("result", s.value)
