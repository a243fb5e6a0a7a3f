a or b and not c
not a == b
a < b | c
a | b < c
-a ** -b
a ** -b
await_ = 1
x = a if b or c else d and e
x = lambda: a or b
x = a * b @ c // d % e
x = a + -b
x = a.b ** c.d
x = -a.b
x = ~a[0]
x = (a, b)[0]
