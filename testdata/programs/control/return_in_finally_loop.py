def f():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(("ok", i))
        except ValueError as e:
            results.append(("err", e.args[0]))
            continue
        finally:
            results.append(("fin", i))
    return results
print(f())
def g():
    while True:
        try:
            return "from try"
        finally:
            print("cleanup before return")
print(g())
