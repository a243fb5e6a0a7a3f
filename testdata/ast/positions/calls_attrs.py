a.b.c.d()
a  .  b
a[  b  ]
f  (  x  )
(a).b
(a)(b)
((a))[b]
x = (((1)))
y = (1, 2)
z = (yield_)
