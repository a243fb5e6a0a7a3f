d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(k), list(v), list(i), len(k))
print(k & {"a", "z"} == {"a"}, sorted(k - {"a"}), ("a", 1) in i, 3 in v, sorted(k | {"x"}))
print(k == {"a", "b", "c", "d"}, i.isdisjoint([("x", 0)]), k.mapping["a"])
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
