[y := f(x) for x in a]
[y for x in a if (y := f(x))]
[(y := x) for x in a]
{(k := x): (v := x) for x in a}
{y := x for x in a}
(y := x for x in a)
any((m := x) > 0 for x in a)
[[(total := total + v) for v in row] for row in grid]
