# Closures, nonlocal/global, decorators, defaults, annotations, generators, classes with super().
counter = 0
def outer(a, *, b: int = 2) -> list:
    c = a
    def inner():
        nonlocal c
        global counter
        c += 1
        counter += 1
        return c
    return inner

@dec1
@dec2(arg)
def decorated(x=[], y=(1, 2)):
    yield x
    yield from y

class Base:
    __slots__ = ()
    def __init__(self):
        self.__secret = 1
        super().__init__()

    @property
    def value(self):
        return self.__secret
