import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


nested = [1, [2, 3], {'k': [4]}]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], dp[1] is nested[1], dp[2]['k'] is nested[2]['k'], dp)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy((1, 2)) is not None)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.copy(len) is len, copy.deepcopy(int) is int)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(frozenset(s)), copy.deepcopy({'a': {1}}))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
shared = [0]
both = [shared, shared]
db = copy.deepcopy(both)
print(db[0] is db[1], db[0] is not shared)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.v, self.items)


p = Plain(1)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.items is p.items, pd.items is p.items, type(pd).__name__)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slots())
print(sl.a, hasattr(sl, 'b'))


class Custom:
    def __init__(self, tag):
        self.tag = tag

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.tag + '-copy')

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(self.tag + '-deep')


print(copy.copy(Custom('x')).tag, copy.deepcopy([Custom('y')])[0].tag)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {'b': self.b})


r = copy.deepcopy(Reduced([1], 5))
print(r.a, r.b)


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 100}

    def __setstate__(self, st):
        self.x = st['x'] + 1


print(copy.copy(WithState()).x)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'a'
mc = copy.deepcopy(ml)
print(mc, type(mc).__name__, mc.attr, mc[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(md, type(md).__name__)


class MyInt(int):
    pass


mi = copy.copy(MyInt(7))
print(mi, type(mi).__name__)
memo = {}
a = [1]
copy.deepcopy([a, a], memo)
print(id(a) in memo, copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)


def fn():
    pass


print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(range(3)), copy.copy(b'x'), copy.deepcopy(3.5))
bd = copy.deepcopy(bytearray(b'ab'))
print(bd, copy.copy([].append)([1]) if False else 'skip')
from collections import namedtuple, OrderedDict, Counter, defaultdict
Q = namedtuple('Q', 'x y')
print(copy.deepcopy(Q(1, [2])), copy.copy(Q(3, 4)), copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter('ab')),
      copy.deepcopy(defaultdict(list, a=[1])))


class T(tuple):
    pass


print(copy.deepcopy(T([1, [2]])), type(copy.copy(T([1]))).__name__)
