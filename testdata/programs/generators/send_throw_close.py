def acc():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("thrown in:", e)
                v = 0
            total += v
    finally:
        print("closing with", total)
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("oops")), g.send(1))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("stopped")
def refuse():
    try:
        yield 1
    except GeneratorExit:
        yield 2
r = refuse()
next(r)
try:
    r.close()
except RuntimeError as e:
    print(e)
