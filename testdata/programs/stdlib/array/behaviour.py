import array
a = array.array('i', [1, 2])
for t in [lambda: a.__iadd__([1]), lambda: a.__iadd__(array.array('d')), lambda: a.__imul__('x'), lambda: a.fromunicode(b'x'),
          lambda: array.array('u').fromunicode(b'x'), lambda: a.index(1, 1), lambda: a.index(2, -1), lambda: a.fromfile(None, -1),
          lambda: a == [1, 2], lambda: a.frombytes('ab'), lambda: a.insert(10, 5) or a, lambda: a.insert(-10, 7) or a,
          lambda: a.__setitem__(slice(1, 2), array.array('i', [8, 9, 10])) or a, lambda: a.__setitem__(slice(0, 1), array.array('d', [1])),
          lambda: a * -1, lambda: 2 * a, lambda: a.buffer_info()[1], lambda: a.count('x'), lambda: 'x' in a, lambda: a.extend('ab'),
          lambda: array.typecodes, lambda: [array.array(c).itemsize for c in array.typecodes], lambda: repr(array.array('u', 'hi')),
          lambda: repr(array.array('f', [0.1, 2])), lambda: repr(array.array('d')), lambda: array.array('H', [1, 258]).tobytes(), lambda: bytes(array.array('h', [1, -1])),
          lambda: array.array('b', [1, 2]) < array.array('b', [1, 3]), lambda: array.array('d', [1.0]) == array.array('i', [1]),
          lambda: a.pop(-1), lambda: a[::-1], lambda: a[1:2], lambda: a[10:], lambda: list(reversed(a)), lambda: a[-1],
          lambda: type(iter(a)).__name__, lambda: array.array('i', range(3)), lambda: array.array('i', (x for x in range(3))),
          lambda: array.array('B', memoryview(b'ab')), lambda: array.array('B', bytearray(b'ab')), lambda: array.array.__name__, lambda: array.array.__module__,
          lambda: array.array.__qualname__, lambda: str(type(a)), lambda: a.typecode, lambda: array.array('q', [1]).itemsize]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
