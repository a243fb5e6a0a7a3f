import itertools as it


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(it.product('ab', [1, 2])), list(it.product(range(2), repeat=3)), list(it.product()),
      list(it.product('ab', [])), list(it.product('ab', repeat=0)))
attempt(lambda: it.product('ab', repeat=-1))
print(list(it.permutations('abc')), list(it.permutations(range(4), 2))[:5], list(it.permutations('ab', 3)),
      list(it.permutations('ab', 0)), len(list(it.permutations(range(5)))))
attempt(lambda: it.permutations('abc', -1))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)),
      list(it.combinations('ab', 0)), list(it.combinations('', 0)))
attempt(lambda: it.combinations('abc', -1))
attempt(lambda: it.combinations('abc'))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('ab', 0)), len(list(it.combinations_with_replacement(range(4), 3))))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [k for k, g in it.groupby('')])
print([(k, len(list(g))) for k, g in it.groupby([1, 2, 13, 14, 5], key=lambda x: x > 10)])
gb = it.groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, next(g2), [k for k, _ in gb], list(g2))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])}, type(g1).__name__, type(gb).__name__)
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), it.tee('x', 0), len(it.tee('abc', 3)))
x, y, z = it.tee(range(3), 3)
print(list(x), list(y), list(z), type(x).__name__)
attempt(lambda: it.tee('a', -1))
c1, c2 = it.tee(it.count())
print(next(c1), next(c1), next(c2), next(c1), next(c2))
print(list(it.islice(it.permutations(range(10)), 1)), type(it.product()).__name__, type(it.permutations('')).__name__)
attempt(lambda: it.permutations('abc', 'x'))
attempt(lambda: it.permutations('abc', 1.5))
attempt(lambda: it.combinations('abc', 'x'))
attempt(lambda: list(it.product('ab', 1)))
