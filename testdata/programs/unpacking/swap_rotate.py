a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
l = [0, 1, 2, 3]
l[0], l[3] = l[3], l[0]
print(l)
i = 0
i, l[i] = 2, 99
print(i, l)
class O: pass
o = O()
o.x, o.y = "xy"
print(o.x, o.y)
x = y = z = []
x.append(1)
print(y, z, x is z)
