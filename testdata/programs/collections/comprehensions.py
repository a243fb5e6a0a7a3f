print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5)}, {c for c in "hello"} == set("helo"))
print([[r * c for c in range(3)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], [v for row in m for v in row])
print(sum(x for x in range(101)), any(x > 5 for x in [1, 9]), all([]), max((len(w), w) for w in ["aa", "b", "ccc"]))
print([y for x in [[1, 2], [3]] for y in x if y != 2], [i if i % 2 else -i for i in range(5)])
