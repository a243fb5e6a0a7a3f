data = [("b", 3), ("a", 3), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), min(data), max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max("apple", "banana", key=len), min([[3], [1, 2]]), max(range(5), default=None), min((), default="empty"))
print(sorted(range(10), key=lambda x: x % 3), max([2, 2.0]), max([2.0, 2]), sorted([True, False, 0, 1]))
try:
    max([])
except ValueError as e:
    print(e)
