async def ticker(n):
    for i in range(n):
        try:
            yield i
        finally:
            print("tick cleanup", i)
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
async def first_two():
    out = []
    g = ticker(5)
    async for v in g:
        out.append(v)
        if len(out) == 2:
            break
    await g.aclose()
    return out
print(run(first_two()))
