def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
def outer():
    r = yield from g()
    print("outer got", r)
    return r * 2
print(list(outer()))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
