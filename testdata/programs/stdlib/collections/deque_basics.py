from collections import deque


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, d.count(7), d.index(7), 3 in d, 99 in d)
d.reverse()
print(d, list(reversed(d)))
d.remove(7)
print(d)
d[0] = 'x'
del d[1]
print(d)
d.insert(1, 'ins')
print(d)
d.clear()
print(d, bool(d), len(d))
print(deque('abc'), deque(), deque(range(5), 3), deque(maxlen=0))
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
print(b)
b.appendleft(-9)
print(b)
b.extend([10, 11])
print(b)
b.extendleft('ab')
print(b)
attempt(lambda: b.insert(0, 1))
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1])[5])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1]).remove(2))
attempt(lambda: deque([1]).index(2))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque([1], 'x'))
attempt(lambda: deque([1]) + [1])
attempt(lambda: deque([1])['a'])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1, 2], maxlen=3) * 3)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
c = deque([1, [2]], maxlen=5)
e = c.copy()
print(e, e.maxlen, e[1] is c[1], e == c)
r = deque([1, 2])
r.append(r)
print(r)
x = deque([1, 2])
x += [3]
x *= 2
print(x)
x.extend(x)
print(x, x.index(2, 2), x.index(3, -3))
print(deque([1, 2, 3]).__class__, type(deque()).__name__)


class MyDeque(deque):
    pass


m = MyDeque([1, 2], maxlen=4)
print(m, m.copy(), type(m.copy()).__name__)
