# enumerate, zip, map, filter, reversed and iter(callable, sentinel) as programs use them.

names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=10):
    print(i, n)
print(list(enumerate("xy", 2**63 - 1)))
e = enumerate([7, 8])
print(type(e).__name__, next(e), next(e))
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", repr(ex.value))

print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(zip()))
print(dict(zip(["a", "b"], [1, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)

print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", [], [0], None])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(len, ["ab", "c"])
print(iter(m) is m, list(m), list(m))

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(reversed(Countdown(4))), list(Countdown(4)))


class Backwards:
    def __reversed__(self):
        return iter("custom")


print("".join(reversed(Backwards())))
try:
    reversed(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    reversed({1, 2})
except TypeError as ex:
    print(type(ex).__name__, ex)

state = [0]


def tick():
    state[0] += 1
    return state[0]


print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
