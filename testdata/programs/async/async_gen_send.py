async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finished with", received)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value
g = echo()
print(step(g.asend(None)), step(g.asend("a")), step(g.asend("b")))
try:
    step(g.athrow(ValueError("boom")))
except ValueError as e:
    print("athrow propagated", e)
try:
    step(g.asend("c"))
except StopAsyncIteration:
    print("exhausted")
