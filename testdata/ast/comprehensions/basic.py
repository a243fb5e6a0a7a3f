[x for x in y]
{x for x in y}
{k: v for k, v in y}
(x for x in y)
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x in a for y in b]
[x for x, in y]
[x for (x, y) in z]
[x for [x, *y] in z]
[x for x.y in z]
[x for x[0] in z]
f(x for x in y)
list(x for x in y)
[[y for y in x] for x in z]
[x for x in [y for y in z]]
{k: [v for v in vs] for k, vs in d.items()}
[x for x in (yield_ for yield_ in a)]
[lambda: x for x in y]
[x for x in (lambda: y)]
[x for x in a if b if c]
[x for x in a or b]
[x for x in a if (lambda: 1)]
