import functools
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        wrapper.calls = 0
        return wrapper
    return deco
@repeat(3)
def greet(name):
    "say hi"
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
