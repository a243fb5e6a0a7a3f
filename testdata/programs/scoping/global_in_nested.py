total = 0
def outer():
    def inner():
        global total
        total += 10
    inner(); inner()
outer()
print(total)
def f():
    x = 1
    def g():
        global x
        x = "global from g"
    g()
    return x
print(f(), x)
