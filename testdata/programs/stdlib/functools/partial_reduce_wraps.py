import functools
from functools import partial, reduce, wraps, update_wrapper, partialmethod


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), cube(2, exp=4), sq.func is power, sq.args, sq.keywords)
p = partial(power, 3)
print(p(), p(3), p(3, mod=5), repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>'))
pp = partial(p, 4)
print(pp(), pp.func is power, pp.args)
print(repr(partial(len)), repr(partial(int, '10', base=2)), partial(int, '10', base=2)())
attempt(lambda: partial(1))
attempt(lambda: partial())
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
attempt(lambda: reduce(lambda a, b: a, []))
attempt(lambda: reduce(lambda a, b: a, 5))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(x):
    """The doc."""
    return x + 1


print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__.__name__,
      documented.__qualname__)


def other():
    pass


other.extra = 5


def target():
    """t"""


update_wrapper(target, other)
print(target.__name__, target.extra, target.__doc__, target.__wrapped__ is other)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Adder:
    add = partial(lambda self, x: x, 'bound?')


print(Adder().add(3))
attempt(lambda: reduce())
attempt(lambda: reduce(max))
attempt(lambda: reduce(1, 2, 3, 4))
attempt(lambda: reduce(1, [1, 2]))
print(reduce(lambda a, b: a - b, [10, 1, 2], 100))
