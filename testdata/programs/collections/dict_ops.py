d = {"b": 2, "a": 1}
d["c"] = 3; d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), d.pop("q", "missing"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict.fromkeys("ab", 0), dict(zip("ab", (1, 2))), {**d, "x": 100}, d | {"new": 1})
d |= {"b": -1}; print(d)
print({k: v for k, v in d.items() if v > 2}, "x" in d, len(d), sorted(d, key=d.get))
del d["x"]; print(d, list(reversed(d)))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[1, 2])
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
