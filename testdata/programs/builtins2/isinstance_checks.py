# isinstance / issubclass: tuples, nesting, metaclass hooks, __class__ and abstract classes.


class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


print(isinstance(Dog(), Animal), isinstance(Dog(), Cat), isinstance(Dog(), (Cat, Dog)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, (str, int)), issubclass(Dog, Dog))
print(isinstance(int, type), isinstance(type, object), issubclass(type, object), isinstance(None, type(None)))
print(isinstance(1, ()), issubclass(int, ()))


class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub in (int, bool)


class Even(metaclass=EvenMeta):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even), isinstance(4, (str, Even)))
print(issubclass(int, Even), issubclass(str, Even), issubclass(bool, (Even,)))


class Pretender:
    @property
    def __class__(self):
        return Dog


p = Pretender()
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Pretender), type(p).__name__)


class AbstractLike:
    __bases__ = ()


class Instance:
    __class__ = AbstractLike()


print(isinstance(Instance(), Instance.__class__.__class__))
for bad in [lambda: isinstance(1, 2), lambda: isinstance(1, (int, 2)), lambda: isinstance(1, (str, 2)),
            lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: issubclass(int, (str, "x")),
            lambda: isinstance(1), lambda: issubclass(int, int, int)]:
    try:
        print(bad())
    except TypeError as ex:
        print(type(ex).__name__, ex)
