from collections import defaultdict, OrderedDict


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, d['a'], len(d), 'z' in d, d.get('z'), d.default_factory)
print(dict(d), d == {'a': [1, 3], 'b': [2]}, isinstance(d, dict))
n = defaultdict(int, {'x': 1}, y=2)
n['z'] += 5
print(n, n.copy(), type(n.copy()).__name__)
print(defaultdict(), defaultdict(None, a=1))
e = defaultdict()
attempt(lambda: e['missing'])
attempt(lambda: defaultdict(1))
print(d.__missing__('q'), d)
attempt(lambda: defaultdict(None).__missing__('k'))
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
d2 = defaultdict(lambda: 'dflt')
print(d2['k'], dict(d2))


class Sub(defaultdict):
    pass


print(Sub(int, a=1))
rec = defaultdict(list)
rec['self'] = rec
print(rec)

o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), list(reversed(o)))
o.move_to_end('b')
print(o)
o.move_to_end('b', last=False)
print(o)
print(o.popitem(), o)
print(o.popitem(last=False), o)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: o.move_to_end('zz'))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
      OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys('abc', 0), OrderedDict(), OrderedDict([('x', 1)]))
p = OrderedDict(a=1)
p['self'] = p
print(p)
q = OrderedDict(a=1) | {'b': 2}
print(q, type(q).__name__)
q |= {'c': 3}
print(q, q.copy(), isinstance(q, dict))
print(OrderedDict(a=1).setdefault('b', 5), OrderedDict(a=1, b=2).pop('a'))
print(q.keys(), q.values(), q.items(), list(reversed(q.items())), list(reversed(q.values())), len(q.keys()),
      q.keys() & {'a', 'zz'}, ('a', 1) in q.items(), type(q.keys()).__name__)
