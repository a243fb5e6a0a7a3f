# min, max and sorted with key, default and reverse; stability; error messages.

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(min(3, 1, 2), max(3, 1, 2), max(1, 2.5, True))
print(min([], default="empty"), max((), default=None))
print(min([(2, "b"), (1, "z"), (1, "a")]))
print(max([1, 5, 3], key=lambda x: -x))
print(max(["a", "B", "c"], key=str.lower), min("hello"))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: min(1, 2, default=0),
            lambda: max([1, "a"]), lambda: min([1], key=1), lambda: max([1], foo=2)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

print(sorted([3, 1, 2]), sorted("banana"), sorted((2, 1), reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted({"x": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted([[2, 1], [1, 5], [1]]))
data = [5, 2, 9]
out = sorted(data)
print(out is data, data, out)
for bad in [lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted([1, "a"]),
            lambda: sorted([1], cmp=None), lambda: sorted(5)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
