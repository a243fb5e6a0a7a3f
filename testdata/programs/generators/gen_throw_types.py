def g():
    while True:
        try:
            yield "ready"
        except ValueError:
            yield "handled ValueError"
        except Exception as e:
            print("unexpected", type(e).__name__)
            return "ended"
x = g()
print(next(x), x.throw(ValueError), next(x))
try:
    x.throw(TypeError("t"))
except StopIteration as s:
    print("StopIteration", s.value)
y = g()
try:
    y.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted generator raises directly", e)
