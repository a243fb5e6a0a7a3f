import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, UserDict, UserList


class Box:
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Bag:
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        return self.d.get(k, default)

    def keys(self):
        return self.d.keys()


def describe(x):
    match x:
        case {'k': v}:
            return 'mapping with k=%r' % (v,)
        case [a, b, *rest]:
            return 'sequence %r %r rest=%r' % (a, b, rest)
        case _:
            return 'other ' + type(x).__name__


print(describe(Box(1, 2, 3)), describe(Bag(k=1)))
cabc.Sequence.register(Box)
cabc.Mapping.register(Bag)
print(describe(Box(1, 2, 3)), describe(Bag(k=1)))


class SubBox(Box):
    pass


print(describe(SubBox(5, 6)))
print(describe(deque([1, 2])), describe(OrderedDict(k=3)), describe(defaultdict(int, k=4)), describe(UserDict(k=5)),
      describe(UserList([7, 8, 9])))
