import functools
from functools import lru_cache, cache, cached_property


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())


@lru_cache
def plain(x, y=1):
    calls.append(('plain', x, y))
    return x + y


plain(1)
plain(1)
plain(1, y=1)
plain(x=1)
print(plain.cache_info(), calls[-3:])


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info(), typed.cache_parameters())


@cache
def counted(n):
    calls.append(('c', n))
    return n


counted(1)
counted(1)
print(counted.cache_info(), calls[-1])


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    plain([1])
except TypeError as e:
    print('TypeError', e)


class Data:
    def __init__(self, v):
        self.v = v

    @cached_property
    def expensive(self):
        """Computed once."""
        print('computing')
        return self.v * 10

    @lru_cache
    def method(self, x):
        return self.v + x


d = Data(4)
print(d.expensive, d.expensive, d.__dict__, Data.expensive.__doc__, type(Data.expensive).__name__)
del d.expensive
print(d.expensive)
d.expensive = 1
print(d.expensive, d.method(1), d.method(1), Data.method.cache_info().hits)


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def p(self):
        return 1


try:
    Slotted().p
except TypeError as e:
    print('TypeError', e)
