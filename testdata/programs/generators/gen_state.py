import inspect
def g():
    yield 1
    yield 2
x = g()
print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x), x.gi_frame.f_lineno)
list(x)
print(inspect.getgeneratorstate(x), x.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
