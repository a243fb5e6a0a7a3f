pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"k1": [1, 2], "k2": [3, 4]}
for k, (x, y) in d.items():
    print(k, x * y)
x = [0, 0]
for x[0], x[1] in [(1, 2), (3, 4)]:
    pass
print(x)
