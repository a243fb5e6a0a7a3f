import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-4),
      operator.inv(5), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(6, 3),
      operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]), operator.is_(None, None),
      operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2),
      operator.gt(3, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.getitem('abc', 1), operator.getitem([1, 2, 3], slice(1, None)))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))),
      operator.length_hint(object(), 9), operator.call(max, 1, 5))
attempt(lambda: operator.index(1.5))
attempt(lambda: operator.indexOf([1], 5))
attempt(lambda: operator.concat(1, 2))
attempt(lambda: operator.add(1, 'a'))
attempt(lambda: operator.length_hint(1, 'x'))
x = [1]
print(operator.iadd(x, [2]), x, operator.iconcat(x, [3]), operator.isub(5, 1), operator.imul(2, 3),
      operator.itruediv(1, 2), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ipow(2, 3),
      operator.ilshift(1, 2), operator.irshift(8, 1), operator.iand(7, 2), operator.ior(1, 2), operator.ixor(3, 1))
s = {1}
print(operator.ior(s, {2}), s)


class LH:
    def __length_hint__(self):
        return 12


class BadLH:
    def __length_hint__(self):
        return -1


print(operator.length_hint(LH()))
attempt(lambda: operator.length_hint(BadLH()))

g = itemgetter(1)
g2 = itemgetter(0, 2)
gk = itemgetter('k')
print(g('abc'), g2('abc'), gk({'k': 5}), g, g2, gk, itemgetter(slice(1, None))([1, 2, 3]))
attempt(lambda: g([]))
attempt(lambda: itemgetter())


class P:
    def __init__(self):
        self.name = 'n'
        self.child = self

    def greet(self, who, punct='!'):
        return 'hi ' + who + punct


a = attrgetter('name')
a2 = attrgetter('name', 'child.child.name')
print(a(P()), a2(P()), a, a2)
attempt(lambda: a(1))
attempt(lambda: attrgetter(1))
m = methodcaller('greet', 'bob', punct='?')
print(m(P()), m, methodcaller('upper')('x'), methodcaller('split', ',', 1))
attempt(lambda: methodcaller())
attempt(lambda: methodcaller(1))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(0, 1)), list(map(itemgetter(1), [(1, 2), (3, 4)])))
print(operator.__add__(1, 1), operator.__not__(1), operator.matmul.__name__, operator.add.__doc__)


class M:
    def __matmul__(self, o):
        return 'matmul'

    def __imatmul__(self, o):
        return 'imatmul'


print(operator.matmul(M(), 1), operator.imatmul(M(), 1))
