class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("get", k); return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): print("contains", k); return k in self.d
    def __missing__(self, k): return "never"
b = Box()
b["a"] = 1
b[1:3] = "x"
print(b["a"], b[1:3], len(b), "a" in b, "z" in b)
del b["a"]
print(len(b), bool(b))
b[(1, 2)] = 3
print(b[1, 2])
class D(dict):
    def __missing__(self, k): return k * 2
print(D(a=1)["a"], D()["zz"], D().get("q"))
