def a(x):
    print("a", x)
    return x
def f(p, q, *r, s=None, **t):
    return p, q, r, s, t
print(f(a(1), a(2), *[a(3)], s=a(4), **{"u": a(5)}))
d = {a("k1"): a("v1"), a("k2"): a("v2")}
l = [a(i) for i in range(2)]
print(a(1) + a(2) * a(3))
x = {}
x[a("key")] = a("value")
