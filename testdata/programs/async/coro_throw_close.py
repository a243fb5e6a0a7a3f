import types
@types.coroutine
def pause():
    yield "paused"
async def worker():
    try:
        await pause()
        print("not reached")
    except KeyError as e:
        print("worker caught", e)
        await pause()
        return "recovered"
    finally:
        print("worker finally")
w = worker()
print(w.send(None))
print(w.throw(KeyError("k")))
try:
    w.send(None)
except StopIteration as s:
    print("value", s.value)
w2 = worker()
w2.send(None)
w2.close()
print(w2.cr_frame)
async def simple():
    return 5
s = simple()
s.close()
try:
    s.send(None)
except RuntimeError as e:
    print(e)
