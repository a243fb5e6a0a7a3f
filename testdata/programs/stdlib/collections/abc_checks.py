import collections.abc as cabc
from collections import OrderedDict, defaultdict, deque, Counter, ChainMap, UserDict, UserList, UserString


def gen():
    yield 1


async def coro():
    pass


co = coro()
samples = [[], (), {}, set(), frozenset(), 'ab', b'ab', bytearray(b'x'), range(3), 1, 1.5, None, len, gen(),
           iter([]), iter({}), {}.keys(), {}.values(), {}.items(), deque(), OrderedDict(), defaultdict(),
           Counter(), ChainMap(), UserDict(), UserList(), UserString('x'), memoryview(b''), co, type.__dict__]
for name in cabc.__all__:
    if name == 'ByteString':
        continue
    abc = getattr(cabc, name)
    print(name, [isinstance(s, abc) for s in samples])
co.close()
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(dict, cabc.Mapping),
      issubclass(str, cabc.Sequence), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), len(s), s.index(2, 2))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', e)


class Map(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = Map(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.values()), list(m.items()), m == {'a': 1, 'b': 2})
print(type(m.keys()).__name__, isinstance(m.keys(), cabc.KeysView), m.keys() & {'a'}, m.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)})


class MMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MMap()
mm.update({'a': 1}, b=2)
mm.update([('c', 3)])
print(mm.d, mm.pop('a'), mm.pop('zz', None), mm.setdefault('q', 7), mm.popitem(), mm.d)
mm.clear()
print(mm.d)
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)


class MSet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)

    def add(self, x):
        if x not in self.s:
            self.s.append(x)

    def discard(self, x):
        if x in self.s:
            self.s.remove(x)


a = MSet([1, 2, 3])
b = MSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MSet([1, 2, 3, 4]), a == MSet([3, 2, 1]),
      a.isdisjoint([7]), a < a)
a |= [9]
a -= [1]
print(sorted(a), a.pop(), sorted(a))
a.remove(3)
print(sorted(a))
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)


class MSeq(cabc.MutableSequence):
    def __init__(self):
        self.l = []

    def __getitem__(self, i):
        return self.l[i]

    def __setitem__(self, i, v):
        self.l[i] = v

    def __delitem__(self, i):
        del self.l[i]

    def __len__(self):
        return len(self.l)

    def insert(self, i, v):
        self.l.insert(i, v)


ms = MSeq()
ms.append(1)
ms.extend([2, 3])
ms += [4]
ms.reverse()
print(ms.l, ms.pop(), ms.pop(0), ms.l)
ms.remove(3)
print(ms.l)
try:
    MSeq.__abstractmethods__
    cabc.Sequence()
except TypeError as e:
    print('TypeError', e)
print(sorted(cabc.MutableMapping.__abstractmethods__), cabc.Mapping.__module__, cabc.Iterable[int])


class Reg:
    pass


cabc.Sequence.register(Reg)
print(isinstance(Reg(), cabc.Sequence), issubclass(Reg, cabc.Collection), issubclass(Reg, cabc.Mapping))


class Hooked:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


print(isinstance(Hooked(), cabc.Sized), isinstance(NoHash(), cabc.Hashable), issubclass(Hooked, cabc.Iterable))
