def outer():
    x = 1
    def a():
        return x
    def b():
        nonlocal x
        x += 1
    return a, b
a, b = outer()
print(a.__closure__[0] is b.__closure__[0], a())
b(); b()
print(a(), a.__closure__[0].cell_contents)
a.__closure__[0].cell_contents = 100
print(a())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError", e)
    y = 5
    return f()
print(unbound())
