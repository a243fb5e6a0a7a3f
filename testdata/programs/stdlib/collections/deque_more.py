import copy
from collections import deque
import collections.abc as cabc


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hash(deque()))
attempt(lambda: deque(1))
attempt(lambda: deque([], 1, 2))
attempt(lambda: deque(x=1))
print(deque(iterable='ab', maxlen=1), deque('abc', maxlen=None), type(deque()), deque.__module__, deque[int])
d = deque([1, 2, 3])
attempt(lambda: [d.append(4) for _ in d])
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.appendleft(0)
attempt(lambda: next(it))
print(list(reversed(deque('abc'))), type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Hashable), deque.__hash__)
attempt(lambda: deque([1])[0:1])
attempt(lambda: deque([1]).index(1, 1))
attempt(lambda: deque().rotate('x'))
d2 = deque([[1], [2]], maxlen=4)
c = copy.copy(d2)
dc = copy.deepcopy(d2)
print(c, dc, c[0] is d2[0], dc[0] is d2[0], dc.maxlen)


class Named(deque):
    def __init__(self, items, tag='t'):
        super().__init__(items)
        self.tag = tag


n = Named([1, 2], tag='x')
n.append(3)
print(n, n.tag, len(n), n[-1], isinstance(n, deque), type(n).__name__)
big = deque(range(100))
big.rotate(37)
print(big[0], big[99], big[50])
big.rotate(-137)
print(big[0], list(big)[:5])
for i in range(1000):
    big.append(i)
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
z = deque('xyz')
z[1] = 'Y'
del z[0]
print(z, z.pop(), z)
print(deque([1, 2, 3]) * 0, deque([1]) * -1, deque() == deque(), deque([1]) != deque([1]), deque([1, 2]) > deque([1]))
w = deque(range(5), maxlen=5)
w.insert(2, 'a') if len(w) < 5 else print('full')
w.extendleft([9])
print(w, 9 in w, 0 in w)
