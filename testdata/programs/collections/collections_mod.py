from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:5], c + Counter("aaz"), c.total())
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(list(od), od.popitem(last=False))
dq = deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); dq.rotate(1); print(dq, dq[0], dq.popleft())
P = namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(x=5), P._fields, p.x + p[1])
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
