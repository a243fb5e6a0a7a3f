async def fails():
    raise KeyError("inside coroutine")
async def handler():
    try:
        await fails()
    except KeyError as e:
        return f"handled {e}"
c = handler()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
c2 = fails()
try:
    c2.send(None)
except KeyError as e:
    print("propagated", e)
try:
    c2.send(None)
except RuntimeError as e:
    print(e)
