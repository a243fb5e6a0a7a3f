async def agen(n):
    for i in range(n):
        yield i
async def square(x):
    return x * x
async def main():
    a = [x async for x in agen(4)]
    b = [await square(x) for x in range(3)]
    c = {x: await square(x) async for x in agen(3) if x}
    d = [y async for x in agen(2) for y in range(x + 1)]
    return a, b, c, d
c = main()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
