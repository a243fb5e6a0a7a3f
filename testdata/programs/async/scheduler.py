import types
from collections import deque
@types.coroutine
def switch():
    yield
async def task(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name.upper()
def run(*coros):
    q = deque(coros)
    results = []
    while q:
        c = q.popleft()
        try:
            c.send(None)
            q.append(c)
        except StopIteration as s:
            results.append(s.value)
    return results
print(run(task("a", 3), task("b", 1), task("c", 2)))
