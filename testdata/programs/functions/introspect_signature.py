import inspect
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> str: ...
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty)
print(sig.bind(1, d=4).arguments)
print(f.__code__.co_varnames, f.__code__.co_posonlyargcount, f.__name__, f.__qualname__)
