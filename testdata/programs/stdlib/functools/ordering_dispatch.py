import functools
from functools import total_ordering, singledispatch, cmp_to_key, singledispatchmethod


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__qualname__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)


@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


@singledispatch
def show(x):
    return 'object %r' % (x,)


@show.register
def _(x: int):
    return 'int %d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


@show.register(float)
@show.register(complex)
def _(x):
    return 'number %r' % x


print(show(1), show(True), show([1, 2]), show(2.5), show(1j), show('s'), show(None))
print(show.dispatch(bool).__name__, show.registry[object] is show.__wrapped__ if hasattr(show, '__wrapped__') else '',
      sorted(t.__name__ for t in show.registry.keys()))


class Base:
    pass


class Derived(Base):
    pass


show.register(Base, lambda x: 'base-ish')
print(show(Derived()), show.__name__)
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e)[:40])


class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'default'

    @fmt.register
    def _(self, arg: int):
        return 'int'

    @fmt.register(str)
    def _(self, arg):
        return 'str'


print(Fmt().fmt(1), Fmt().fmt('x'), Fmt().fmt(1.5))


def cmp(a, b):
    return (a > b) - (a < b)


words = ['pear', 'Apple', 'fig', 'banana']
print(sorted(words, key=cmp_to_key(lambda a, b: cmp(len(a), len(b)))),
      sorted(words, key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())), reverse=True))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), min([3, 1, 2], key=k))
