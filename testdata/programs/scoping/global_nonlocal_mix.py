g = 0
def outer():
    g = "outer-local"
    def inner():
        global g
        g += 1
        return g
    r = inner()
    return g, r
print(outer(), g)
def deleter():
    global g
    del g
deleter()
try:
    print(g)
except NameError as e:
    print("NameError", e)
def shadow():
    x = 1
    def f():
        nonlocal x
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
    f()
    return x
print(shadow())
