class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
g = Grid()
g[1, 2] = 5
g[0, 0] = 1
print(g[1, 2], g[3, 3], (1, 2) in g, list(g), len(g))
del g[0, 0]
print(list(g))
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::3], s[1:2, 3], s[...])
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter())
