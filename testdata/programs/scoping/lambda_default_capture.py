x = 1
f = lambda: x
g = lambda x=x: x
x = 2
print(f(), g())
def outer():
    y = "first"
    h = lambda: y
    y = "second"
    return h()
print(outer())
adders = {}
for n in range(3):
    adders[n] = lambda v, n=n: v + n
print([adders[k](100) for k in adders])
