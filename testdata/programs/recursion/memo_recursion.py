from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)])
def edit(a, b, memo={}):
    if (a, b) in memo:
        return memo[a, b]
    if not a or not b:
        r = len(a) + len(b)
    else:
        r = min(edit(a[1:], b) + 1, edit(a, b[1:]) + 1, edit(a[1:], b[1:]) + (a[0] != b[0]))
    memo[a, b] = r
    return r
print(edit("kitten", "sitting"), edit("flaw", "lawn"))
