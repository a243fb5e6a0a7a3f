import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, sorted(Half.__abstractmethods__))
attempt(lambda: Shape())
attempt(lambda: Half())
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, Shape), ABC.__abstractmethods__)


class Prop(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(Prop.__abstractmethods__))
attempt(lambda: Prop())


class Many(ABC):
    @abstractmethod
    def a(self):
        ...

    @abstractmethod
    def b(self):
        ...

    @abstractmethod
    def c(self):
        ...


attempt(lambda: Many())


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Mallard:
    def quack(self):
        pass


class Robot:
    pass


print(isinstance(Mallard(), Duck), issubclass(Robot, Duck), issubclass(Mallard, Duck))


class Registered(ABC):
    pass


@Registered.register
class Impl:
    pass


class SubImpl(Impl):
    pass


print(isinstance(Impl(), Registered), issubclass(SubImpl, Registered), Registered.register(int) is int,
      isinstance(3, Registered), isinstance('x', Registered), Registered not in Impl.__mro__)
attempt(lambda: Registered.register(5))
attempt(lambda: issubclass(5, Registered))
tok = abc.get_cache_token()
Registered.register(float)
print(abc.get_cache_token() != tok, isinstance(1.5, Registered))


class Late(ABC):
    @abstractmethod
    def m(self):
        ...


def impl(self):
    return 'now'


Late.m = impl
attempt(lambda: Late())
abc.update_abstractmethods(Late)
print(Late().m(), Late.__abstractmethods__)
print(abstractmethod(lambda: 0).__isabstractmethod__, isinstance(abc.abstractproperty(), property))


class Legacy(ABC):
    @abc.abstractclassmethod
    def lc(cls):
        ...

    @abc.abstractstaticmethod
    def ls():
        ...

    @abc.abstractproperty
    def lp(self):
        ...


print(sorted(Legacy.__abstractmethods__))


class Concrete(Square):
    pass


print(Concrete(2).area(), isinstance(Concrete(2), Shape))


class M2(ABCMeta):
    pass


class WithMeta(metaclass=M2):
    @abstractmethod
    def x(self):
        ...


attempt(lambda: WithMeta())
print(type(WithMeta).__name__)
