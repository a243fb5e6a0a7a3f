words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: len(v) for k, v in groups.items()}, {w: len(w) for w in words if len(w) > 5})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, dict(enumerate("xy")), {i: {j: i * j for j in range(2)} for i in range(2)})
