x = (1 +
     2 +
     3)
f(a,
  b=c,
  *d,
  **e)
y = [x
     for x in z
     if x]
z = {
    'a': 1,
    'b': 2
}
w = a if \
    b else c
v = ("a"
     "b")
u = (a
     .b
     .c())
