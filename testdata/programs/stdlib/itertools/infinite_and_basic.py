import itertools as it
from itertools import count, cycle, repeat, islice


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = count()
print(next(c), next(c), c, count(5), count(1.5), count(0, 0.5), count(2, 1), count(2, 1.0), count(step=-1),
      count(10, 2))
print(list(islice(count(10, -3), 4)), list(islice(count(1j), 2)), type(c).__name__, type(c))
attempt(lambda: count('a'))
attempt(lambda: count(1, 2, 3))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
r = repeat('x', 3)
print(r, next(r), r, list(r), r, repeat(1), repeat(None, -2), list(repeat(1, 0)), list(islice(repeat(7), 3)))
print(repeat('a', 5).__length_hint__(), list(map(pow, range(4), repeat(2))))
attempt(lambda: repeat(1, 'x'))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)), list(islice('abc', 1, None, None)),
      list(islice('abc', 5, 9)), list(islice('abc', 2, 1)))
attempt(lambda: islice('abc', -1))
attempt(lambda: islice('abc', 1, -1))
attempt(lambda: islice('abc', 0, 2, 0))
attempt(lambda: islice('abc', 'x'))
attempt(lambda: islice('abc', -1, 3))
attempt(lambda: islice('abc'))
attempt(lambda: islice(5, 1))
src = iter(range(10))
print(list(islice(src, 3)), next(src), list(islice(src, 1, 3)), next(src))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)),
      list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([])),
      list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
attempt(lambda: it.accumulate(1))
print(list(it.batched('abcdefg', 3)), list(it.batched([], 2)), list(it.batched(range(4), 2)))
attempt(lambda: it.batched('abc', 0))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd'])),
      type(it.chain.from_iterable([])).__name__)
attempt(lambda: list(it.chain(1, 2)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('ab', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
attempt(lambda: it.zip_longest('a', fillvalue=1, x=2))
attempt(lambda: it.starmap(len))
for f in [lambda: it.cycle(), lambda: it.cycle(1, 2), lambda: it.pairwise(), lambda: it.dropwhile(len),
          lambda: it.takewhile(), lambda: it.filterfalse(len), lambda: it.chain(x=1), lambda: it.accumulate(),
          lambda: it.compress('a'), lambda: it.batched('a'), lambda: it.groupby(), lambda: it.permutations(),
          lambda: it.product(x=1), lambda: it.tee(), lambda: it.repeat(), lambda: it.cycle(x=1),
          lambda: it.islice('a', 1, 2, 3, 4), lambda: it.repeat(1, times=2), lambda: it.count(start=3, step=2),
          lambda: list(it.compress(data='ab', selectors=[0, 1])), lambda: it.repeat(1, 2, times=3)]:
    attempt(f)
