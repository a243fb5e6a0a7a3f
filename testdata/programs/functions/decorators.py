import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=1):
    """adds"""
    return a + b
@repeat(3)
def hi(x):
    return "hi " + x
add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(1))
print(hi("bob"))
def d1(f):
    print("apply d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("apply d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
