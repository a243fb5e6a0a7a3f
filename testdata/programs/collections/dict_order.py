d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d)[0])
del d["a"]; d["a"] = 9
print(list(d.items()))
print({**{"x": 1, "y": 2}, "x": 3}, dict(sorted(d.items())), dict(reversed(list(d.items()))))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
