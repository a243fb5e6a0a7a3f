import inspect
import sys

def func(a, b=2):
    """Add things.

        Indented more.
    Back.
    """
    return a + b

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

class Base:
    """Base doc."""
    attr = 1
    def method(self):
        """Method doc."""
        return 1
    @property
    def prop(self):
        """Prop doc."""
        return 5
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

class Child(Base):
    def method(self):
        return 2
    def __getattr__(self, name):
        return 'dynamic ' + name

class Awaitable:
    def __await__(self):
        yield

objs = [('func', func), ('gen', gen), ('gen()', gen()), ('coro', coro), ('agen', agen), ('agen()', agen()),
        ('Base', Base), ('Base.method', Base.method), ('Base().method', Base().method), ('len', len),
        ('[].append', [].append), ('str.join', str.join), ('sys', sys), ('prop', Base.__dict__['prop']),
        ('1', 1), ('lambda', lambda: 0), ('Awaitable()', Awaitable()), ('code', func.__code__),
        ('frame', sys._getframe()), ('int.__add__', int.__add__), ('Base.cm', Base.cm)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator', 'iscoroutinefunction',
         'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'iscode', 'isframe',
         'istraceback', 'isdatadescriptor', 'ismethoddescriptor', 'isabstract']
for name, o in objs:
    print(name, [p for p in preds if getattr(inspect, p)(o)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

print(repr(inspect.getdoc(func)))
print(inspect.getdoc(Base), inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child().method), inspect.getdoc(Base.prop))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n   a\n\tb\n   c')))
print(repr(inspect.cleandoc('')))
print(inspect.getmro(Child))

members = inspect.getmembers(Child)
print([n for n, v in members if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmembers(Child(), lambda v: v == 1))
class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
print([(n, v) for n, v in inspect.getmembers(WithSlots()) if not n.startswith('_')])

print(*[type(inspect.getattr_static(x, n)).__name__ for x, n in [(Child(), 'prop'), (Child, 'cm'), (Child, 'sm'), (Child, 'method')]])
print(inspect.getattr_static(Child(), 'attr'), inspect.getattr_static(Child(), 'missing', 'dflt'), Child().missing)
try:
    inspect.getattr_static(Child(), 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
o = Child()
o.__dict__['prop'] = 'shadow'
o.__dict__['attr'] = 'inst'
print(type(inspect.getattr_static(o, 'prop')).__name__, inspect.getattr_static(o, 'attr'))

def deco(f):
    def w(*a):
        return f(*a)
    w.__wrapped__ = f
    return w
wrapped = deco(deco(func))
print(inspect.unwrap(wrapped) is func, inspect.unwrap(wrapped, stop=lambda f: f.__wrapped__ is func) is not func)
loop = deco(func)
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print(type(e).__name__, str(e).startswith('wrapper loop when unwrapping'))

def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
print(where())
def outer():
    return inner()
def inner():
    st = inspect.stack()
    return [fi.function for fi in st[:3]], st[0][3], st[0].filename == __file__, len(st[0])
print(outer())
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_ASYNC_GENERATOR)
print(inspect.getmodule(func).__name__, inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
def g2():
    x = 1
    yield x
    y = 2
    yield y
it = g2()
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
next(it)
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
next(it)
print(inspect.getgeneratorlocals(it))
it.close()
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
def selfstate():
    yield inspect.getgeneratorstate(me)
me = selfstate()
print(next(me))
