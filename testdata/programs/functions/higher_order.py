def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
ad = make_adders()
print([ad[k](10) for k in sorted(ad)])
def memo(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    g.cache = cache
    return g
@memo
def slow(n):
    return n ** 2
print(slow(4), slow(4), slow.cache)
