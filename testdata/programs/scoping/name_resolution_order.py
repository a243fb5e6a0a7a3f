len = lambda x: "module-level len"
def f():
    return len("abc")
print(f())
def g():
    len = lambda x: "local len"
    return len("abc")
print(g())
del len
print(f.__globals__ is globals(), len("abc"))
def h():
    import math as m
    return m.floor(2.5), "m" in dir()
print(h())
