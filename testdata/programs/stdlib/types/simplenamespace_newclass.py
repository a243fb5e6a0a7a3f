import types
from types import SimpleNamespace


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ns = SimpleNamespace(a=1, b='two')
print(ns, repr(ns), ns.a, ns.b, vars(ns))
ns.c = [3]
del ns.a
print(ns, SimpleNamespace())
attempt(lambda: SimpleNamespace({'x': 1}, y=2))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2),
      SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace() == object())
attempt(lambda: SimpleNamespace(1))
rec = SimpleNamespace()
rec.me = rec
print(rec)


class Sub(SimpleNamespace):
    pass


print(Sub(q=1), Sub(q=1) == SimpleNamespace(q=1))

Point = types.new_class('Point', (), {}, lambda ns: ns.update({'x': 0, 'show': lambda self: 'pt'}))
print(Point.__name__, Point.x, Point().show(), Point.__bases__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['meta_kw'] = kw
        return super().__new__(mcls, name, bases, ns)


Made = types.new_class('Made', (object,), {'metaclass': Meta, 'flag': True})
print(type(Made).__name__, Made.meta_kw)
meta, ns2, kw = types.prepare_class('X', (), {'metaclass': Meta, 'a': 1})
print(meta.__name__, ns2, kw)
print(types.resolve_bases((int, str)), types.get_original_bases(Made))


@types.coroutine
def legacy():
    yield 'tick'


def run():
    return (yield from legacy())


gen = run()
print(next(gen))
attempt(lambda: types.coroutine(1))
