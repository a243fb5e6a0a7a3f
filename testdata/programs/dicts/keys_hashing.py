d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[frozenset([3])] = "fs"
d[None] = "none"
print(d[(1, 2)], d[frozenset({3})], d[None], len(d))
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
d2 = {nan: 1}
print(nan in d2, float("nan") in d2, len({nan: 1, float("nan"): 2}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
d3 = {K(1): "a", K(2): "b", K(1): "c"}
print(len(d3), [v for v in d3.values()])
