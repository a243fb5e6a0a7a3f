from collections import Counter


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, c['a'], c['zz'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=3)
print(c)
c.subtract('aaaa')
c.subtract({'q': 5}, b=1)
print(c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(+a, -a, +Counter(), -Counter(x=-1))
x = Counter(a=3, b=1)
x += Counter(b=1, c=2)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(z=1, c=7)
print(x)
x &= Counter(c=1, z=4)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2, b=1),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
del c['a']
del c['notthere']
print(c)
print(Counter(), Counter([1, 1, 2]), Counter({'x': 2}), Counter(x=1, y=2))
attempt(lambda: Counter(1))
attempt(lambda: Counter.fromkeys('abc'))
attempt(lambda: Counter(a=1) + 1)
attempt(lambda: Counter(a=1) < 1)
print(c.copy() == c, type(c.copy()).__name__, isinstance(c, dict))
print(Counter('hello world').most_common(3))
print(Counter({'b': 1, 'a': 1, 'c': 2}))
