def f():
    class C:
        def g(self):
            return C
    return C
