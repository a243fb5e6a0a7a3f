class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(5)
print(b.get(), Box.__type_params__, Box.__type_params__[0].__name__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__)
import typing
print(typing.Generic in Box.__mro__, Box.__parameters__)
class Pair[A, B](Box[A]):
    pass
print([p.__name__ for p in Pair.__type_params__], Pair.__parameters__, Pair[int, str].__args__)
print(Pair(1).get())
