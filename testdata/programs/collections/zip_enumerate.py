names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(zip(names, ages)), dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(list(zip()), list(zip("ab")), list(enumerate([])), [(i, c) for i, c in enumerate("xyz") if i != 1])
