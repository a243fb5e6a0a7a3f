d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k))
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(("a", 1) in i, ("a", 2) in i, 2 in v, "b" in k)
print(sorted(i & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, v == v)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping is not None, dict(k.mapping) == d, k.isdisjoint(["x"]))
