words = ["apple", "bob", "cat", "avocado", "banana"]
print({w[0]: w for w in words})
print({w: len(w) for w in words if len(w) > 3})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3))})
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({i % 3 for i in range(10)} == {0, 1, 2})
