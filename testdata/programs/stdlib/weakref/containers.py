import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


keep = [Item(i) for i in range(3)]
d = weakref.WeakValueDictionary()
for i, it in enumerate(keep):
    d["k%d" % i] = it
d["temp"] = Item(99)
gc.collect()
print(len(d), sorted(d.keys()), sorted(d.values(), key=lambda x: x.n), "temp" in d, "k1" in d)
print(d["k0"], d.get("temp"), d.get("temp", "gone"), sorted(k for k, v in d.items()))
try:
    d["temp"]
except KeyError as e:
    print("KeyError", e)
print(d.pop("k2"), len(d), d.setdefault("k0", None), type(d.copy()).__name__)
del keep[0]
gc.collect()
print(sorted(d.keys()))

k = weakref.WeakKeyDictionary()
a, b = Item(1), Item(2)
k[a] = "A"
k[b] = "B"
k[Item(3)] = "C"
gc.collect()
print(len(k), k[a], a in k, Item(3) in k, sorted(k.values()), k.get(b), k.get(Item(4), "none"))
del b
gc.collect()
print(len(k), list(k.keys()), list(k.items()))
print(k.pop(a), len(k))

s = weakref.WeakSet()
x, y = Item(10), Item(20)
s.add(x)
s.add(y)
s.add(Item(30))
gc.collect()
print(len(s), x in s, Item(10) in s, sorted(i.n for i in s))
s.discard(x)
print(len(s), sorted(i.n for i in s))
del y
gc.collect()
print(len(s), list(s))
t = weakref.WeakSet([x])
print(len(t | weakref.WeakSet([x])), 1 in t, t.pop() is x, len(t))
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)

calls = []
obj = Item(7)
f = weakref.finalize(obj, calls.append, "finalized")
print(f.alive, f.peek()[2:], f.atexit)
del obj
gc.collect()
print(calls, f.alive, f.peek(), f())
obj2 = Item(8)
f2 = weakref.finalize(obj2, lambda *a, **k: (a, k), 1, 2, z=3)
print(f2(), f2.alive, f2())
obj3 = Item(9)
f3 = weakref.finalize(obj3, print, "never")
det = f3.detach()
print(det[0] is obj3, det[2], f3.alive)
