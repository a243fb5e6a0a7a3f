class C:
    __a = 1
    __b__ = 2
    def __m(self, __p):
        self.__x = __p
        return __a, __y
    def f(self):
        def g():
            return __z
        return g
