# property: decorators, setter/deleter copies, docs, messages, __set_name__ naming, subclassing.


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="degrees F")


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as ex:
    print(type(ex).__name__, ex)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__, "|", Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
for action in [lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit"), lambda: t.celsius]:
    try:
        action()
    except AttributeError as ex:
        print(type(ex).__name__, ex)


class Empty:
    nothing = property()


try:
    Empty().nothing
except AttributeError as ex:
    print(type(ex).__name__, ex)

p = property(lambda self: 1)
print(p.__get__(None, Empty) is p, p.__get__(Empty()))
try:
    p.__set__(Empty(), 2)
except AttributeError as ex:
    print(type(ex).__name__, ex)
q = p.setter(lambda self, v: None)
print(q is p, q.fget is p.fget, q.fset is not None, p.fset)
print(property(doc="only").__doc__, property().__doc__)


class Logged(property):
    def __get__(self, obj, cls=None):
        if obj is not None:
            print("get via", type(self).__name__)
        return super().__get__(obj, cls)


class Box:
    @Logged
    def size(self):
        "box size"
        return 3

    @size.setter
    def size(self, v):
        print("set", v)


b = Box()
print(b.size)
b.size = 9
print(type(Box.__dict__["size"]).__name__, Box.size.__doc__)
for bad in [lambda: property(1, 2, 3, 4, 5), lambda: property(fget=1, x=2)]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
