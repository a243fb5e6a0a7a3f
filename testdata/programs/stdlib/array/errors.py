import array
for tc, vals in [('b', [128, -129]), ('B', [256, -1]), ('h', [2**15, -2**15-1]), ('H', [2**16, -1]), ('i', [2**31, -2**31-1]), ('I', [2**32, -1]), ('l', [2**63, -2**63-1]), ('L', [2**64, -1]), ('q', [2**63, -2**63-1]), ('Q', [2**64, -1])]:
    for v in vals:
        try: array.array(tc, [v])
        except Exception as e: print(tc, v, type(e).__name__, e)
tests = [lambda: array.array('z'), lambda: array.array('i', 'abc'), lambda: array.array('u', [1]), lambda: array.array('i', [1.5]),
 lambda: array.array('d', ['x']), lambda: array.array('i', ['1']), lambda: array.array('u', 'ab').tounicode(), lambda: array.array('i').tounicode(),
 lambda: array.array('i', [1]).pop(5), lambda: array.array('i').pop(), lambda: array.array('i', [1]).remove(3), lambda: array.array('i', [1]).index(3),
 lambda: array.array('i', [1]) + array.array('d', [1]), lambda: array.array('i', [1]) + [1], lambda: array.array('i', [1])[5],
 lambda: array.array('i', b'abc'), lambda: array.array('i').frombytes(b'abc'), lambda: array.array('i', [1]).extend(array.array('b')),
 lambda: array.array('i', [1, 2, 3]).__setitem__(slice(0, 2), [1]), lambda: array.array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), array.array('i', [1])),
 lambda: array.array('i').fromlist((1,)), lambda: array.array('i', [1]) < array.array('d', [2.0]), lambda: array.array('i', [1]) * 'x',
 lambda: hash(array.array('i')), lambda: array.array('b', [1]).fromunicode('x'), lambda: array.array('i', [1]).__setitem__(0, 'x'),
 lambda: array.array(), lambda: array.array('ii'), lambda: array.array('i', [1], 3), lambda: array.array(b'i'),
 lambda: array.array('i', array.array('d', [1.0])), lambda: array.array('d', array.array('i', [1])), lambda: array.array('u', array.array('i', [1])),
 lambda: array.array('i', [1,2]).__delitem__(5), lambda: array.array('f', [1e300]), lambda: array.array('i', [True]),
 lambda: array.array('i', [1]).insert('a', 1), lambda: array.array('u', ['ab']), lambda: array.array('u', 'a') + 'b']
for i, t in enumerate(tests):
    try: print(i, t())
    except Exception as e: print(i, type(e).__name__, e)
