class C:
    a = 1
    f = lambda self, b=a: b + a
