async def agen(n):
    try:
        for i in range(n):
            yield i
            print("resumed after", i)
    finally:
        print("agen finally")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value
    raise RuntimeError("suspended")
async def collect():
    out = []
    async for v in agen(3):
        out.append(v * 10)
    return out
print(drive(collect()))
g = agen(5)
print(type(g).__name__)
print(drive(g.__anext__()), drive(g.asend(None)))
drive(g.aclose())
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def comp():
    return [v async for v in agen(2) if v >= 0]
print(drive(comp()))
