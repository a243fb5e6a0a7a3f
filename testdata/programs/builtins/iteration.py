print(list(zip("abc", range(5))), list(enumerate("ab", 5)), list(map(str.upper, "ab")), list(filter(None, [0, 1, 2])))
print(list(reversed("abc")), sorted("cba"), sum([1, 2], 10), min(3, 1, 2), max([], default="none"), min("b", "a", key=str.upper))
print(any([]), all([]), any([0, 1]), all([1, 0]), list(range(3, 0, -1)), next(iter("xy")), len({1: 2}))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
try:
    zip([1], [1, 2], strict=True).__next__(); list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), sum([0.5, 0.25]), sum([[1], [2]], []))
sentinel_calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(sentinel_calls))
