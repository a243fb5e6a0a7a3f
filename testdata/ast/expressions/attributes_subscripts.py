a.b
a.b.c.d
a[b]
a[b][c]
a[b, c]
a[b,]
a[()]
a[(b, c)]
a[*b]
a[*b, c]
a[b, *c, d]
a.b[c].d(e)[f]
a[...]
a[b:=1]
a[lambda: 1]
a[b if c else d]
"abc"[0]
(1).real
1 .real
1.0.real
1j.imag
