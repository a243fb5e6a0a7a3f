x = 1
def f():
    global x, y
    x = 2
    y = 3
def g():
    return x
