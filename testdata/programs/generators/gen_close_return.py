def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print(list(it))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return f"stopped at {i}"
        else:
            i += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
