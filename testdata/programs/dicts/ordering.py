d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d)
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = -1
print(list(d))
print(d.popitem(), d)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({2: 0, 1: 0}))
d = dict.fromkeys("hello")
print(d, dict.fromkeys([1, 2], []))
d = {True: "t", 1: "one", 1.0: "float"}
print(d)
