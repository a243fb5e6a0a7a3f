import inspect
from inspect import Signature, Parameter
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> str: ...
sig = inspect.signature(f)
print(sig, repr(sig), sig.parameters, sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), str(p), p.kind, repr(p.kind), p.kind.description, p.default, p.annotation)
def g(x, y='s', *, z: 'int' = None): pass
print(inspect.signature(g), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda a, *, b: 0))
t(lambda: sig.bind(1, d=4))
t(lambda: sig.bind(1, 2, 3, 4, 5, d=4, z=1))
t(lambda: sig.bind())
t(lambda: sig.bind(1))
t(lambda: sig.bind(1, a=2, d=1))
t(lambda: inspect.signature(g).bind(1, 2, 3))
t(lambda: inspect.signature(g).bind(1, x=2))
t(lambda: inspect.signature(g).bind(1, q=2))
t(lambda: inspect.signature(g).bind_partial())
t(lambda: inspect.signature(g).bind_partial(y=3))
ba = inspect.signature(g).bind(1)
print(ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, 2, 3, 4, 5, d=4, z=1)
print(ba.args, ba.kwargs)
class C:
    def __init__(self, x, y=2): pass
    def m(self, a, *b): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r): pass
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.cm), inspect.signature(C.sm))
class D: pass
t(lambda: inspect.signature(D))
t(lambda: inspect.signature(1))
t(lambda: Parameter('a', 9))
t(lambda: Parameter(1, Parameter.POSITIONAL_ONLY))
t(lambda: Parameter('1a', Parameter.POSITIONAL_ONLY))
t(lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
p = Parameter('a', Parameter.KEYWORD_ONLY, default=5, annotation=int)
print(p, repr(p), p.replace(name='b'), p.replace(default=Parameter.empty), p == Parameter('a', Parameter.KEYWORD_ONLY, default=5, annotation=int), hash(p) == hash(p.replace()))
s2 = Signature([Parameter('x', Parameter.POSITIONAL_ONLY), p], return_annotation=list)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == Signature([Parameter('x', Parameter.POSITIONAL_ONLY), p], return_annotation=list))
t(lambda: Signature([Parameter('x', Parameter.KEYWORD_ONLY), Parameter('y', Parameter.POSITIONAL_ONLY)]))
t(lambda: Signature([Parameter('x', Parameter.POSITIONAL_ONLY, default=1), Parameter('y', Parameter.POSITIONAL_ONLY)]))
t(lambda: Signature([Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('x', Parameter.KEYWORD_ONLY)]))
print(Parameter.empty, Signature.empty, inspect.Parameter.POSITIONAL_OR_KEYWORD, list(inspect._ParameterKind))
print(str(Parameter.VAR_KEYWORD), int(Parameter.VAR_KEYWORD), Parameter.KEYWORD_ONLY > Parameter.POSITIONAL_ONLY)
def deco(fn):
    def wrapper(*a, **k): return fn(*a, **k)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def h(u, v=3): pass
print(inspect.signature(h), inspect.signature(h, follow_wrapped=False), inspect.unwrap(h) is h.__wrapped__)
print(Signature.from_callable(f), inspect.signature(f).parameters['b'].name)
def ann(a: list[int], b: 'x' = 'y', c: C = None, d: inspect.Parameter = 1) -> None: pass
print(inspect.signature(ann))
