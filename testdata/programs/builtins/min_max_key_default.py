print(min([]  , default="empty"), max([], default=None), min(3, 1, 2), max("abc", "b", key=len))
print(max([(1, "b"), (1, "a")]), min(["bb", "a", "ccc"], key=len), max([1, 3, 3.0, 2]))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), sorted(["B", "a", "C"], key=str.lower), sorted([(2, "x"), (1, "y")], key=lambda t: t[1]))
