def g():
    yield 1
    raise StopIteration("bad")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as s:
    print("StopIteration", s.value)
