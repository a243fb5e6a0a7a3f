d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("b", []), d.setdefault("a", 9), d)
d["b"].append(5)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d))
d.clear()
print(d, bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", "cd")))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
