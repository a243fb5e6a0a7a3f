a and b
a or b
a and b and c
a or b or c
a and b or c and d
a or (b or c)
(a and b) and c
not a and not b
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
lambda: a if b else c
