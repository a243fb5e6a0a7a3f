class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        return f"<{k}>"
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
print(d, d["zz"], d.get("zz"))
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack([1]); s.push(2)
print(s, s.peek(), len(s), type(s + [3]).__name__, isinstance(s, list))
