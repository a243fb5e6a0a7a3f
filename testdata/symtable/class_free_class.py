def f():
    x = 1
    class C:
        y = x
        x = 3
        def m(self):
            return x
    return C
