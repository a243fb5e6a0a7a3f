import os, os.path as p, a.b.c
from x import y as z, w
x = 1
del x
print(y)
for i in range(3): pass
with open(f) as (g, h): pass
