from collections import ChainMap, UserDict, UserList, UserString


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), cm.get('zz', 0), 'a' in cm)
cm['d'] = 4
print(over, cm.maps)
del cm['d']
attempt(lambda: cm.pop('a'))
attempt(lambda: cm['missing'])
attempt(lambda: ChainMap().popitem())
print(cm.pop('c'), cm.pop('zz', 'dflt'))
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'m': 1}), cm.new_child(k=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys('ab', 0))
print(ChainMap({1: 2}) == {1: 2}, cm.copy(), type(cm.copy()).__name__)
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
cm2 = ChainMap({'a': 1})
cm2 |= {'q': 1}
print(cm2)
cm2.clear()
print(cm2)

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('zz'), ud.data, sorted(ud), isinstance(ud, dict))
del ud['a']
print(ud, ud.copy(), ud | {'z': 0}, {'z': 0} | ud, UserDict.fromkeys('xy', 1))
attempt(lambda: ud['nope'])


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'], ud.pop('b'), ud.setdefault('s', 9), ud)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), ul + [9], [9] + ul, ul * 2, 2 in ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(2), ul.count(1), ul == [-1, 0, 1, 2, 3], ul < [5])
ul.reverse()
ul.remove(2)
del ul[0]
print(ul, ul.copy(), UserList(), UserList('ab'))
ul += [4]
ul *= 2
print(ul, ul.data)

us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us + '!', '>' + us, us * 2, us[1:3], us[0], len(us), 'ell' in us)
print(us.replace('l', 'L'), us.split('l'), us.find('l'), us.startswith('He'), us.center(9, '*'), us == 'Hello')
print(us.zfill(8), us.count('l'), us.strip('Ho'), us.join(['a', 'b']), us.encode(), us < 'World', hash(us) == hash('Hello'))
print(UserString(42), UserString('%s-%d') % ('a', 1), us.isalpha(), us.swapcase(), us.title(), us.partition('l'))
