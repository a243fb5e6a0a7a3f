import inspect
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> str: ...
def g(x, y=2): pass
class C:
    z: int = 1
    def m(self, q, *r): pass
spec = inspect.getfullargspec(f)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations, spec[0], len(spec), type(spec).__name__)
print(inspect.getfullargspec(g), inspect.getfullargspec(C.m), inspect.getfullargspec(C().m), inspect.getfullargspec(lambda: 0))
t(lambda: inspect.getfullargspec(1))
print(inspect.getcallargs(g, 1), inspect.getcallargs(g, 1, y=5), list(inspect.getcallargs(C().m, 1, 2, 3).items())[1:])
t(lambda: inspect.getcallargs(g))
t(lambda: inspect.getcallargs(g, 1, 2, 3))
t(lambda: inspect.getcallargs(g, 1, z=2))
t(lambda: inspect.getcallargs(g, 1, x=2))
print(inspect.get_annotations(f), inspect.get_annotations(C), inspect.get_annotations(g), inspect.get_annotations(inspect) == {})
t(lambda: inspect.get_annotations(1))
