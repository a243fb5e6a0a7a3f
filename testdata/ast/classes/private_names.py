class C:
    __x = 1
    def __m(self):
        return self.__x + self.__y__ + __z
    def f(self, __a):
        __b = __a
        return __b
