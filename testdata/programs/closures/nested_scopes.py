x = "global"
def f1():
    x = "f1"
    def f2():
        def f3():
            return x
        return f3()
    return f2()
print(f1())
def f4():
    def inner():
        return x
    return inner()
print(f4())
def f5():
    x = "f5"
    class C:
        x = "class"
        def m(self):
            return x
        y = x
    return C().m(), C.y
print(f5())
def f6():
    v = "f6"
    class D:
        w = [v for _ in range(2)]
    return D.w
print(f6())
