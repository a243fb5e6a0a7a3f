# super(): zero-argument and explicit forms, cooperative multiple inheritance, classmethods, properties.


class Base:
    def __init__(self):
        self.log = ["Base"]

    def greet(self):
        return "Base.greet"

    @classmethod
    def make(cls):
        return ("Base.make", cls.__name__)

    @property
    def kind(self):
        return "base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def greet(self):
        return "Left>" + super().greet()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def greet(self):
        return "Right>" + super().greet()


class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def greet(self):
        return "Child>" + super().greet()

    @classmethod
    def make(cls):
        return ("Child.make", super().make())

    @property
    def kind(self):
        return "child of " + super().kind


c = Child()
print(c.log)
print(c.greet())
print(Child.make())
print(c.kind)
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).greet(), super(Right, c).greet())
print(super(Child, Child).make())
s = super(Left, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(repr(super(Left, c)), repr(super(Left)))
print(super(bool, True).__repr__(), super(bool, False).__add__(1))
for bad in [lambda: super(Left, c).missing, lambda: super(Left, 5), lambda: super(5, c),
            lambda: super(Left, c, 1), lambda: super(int).real]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)


def outside():
    return super()


try:
    outside()
except RuntimeError as ex:
    print(type(ex).__name__, ex)


class Stringy(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(Stringy("abc").upper())


class Counted(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


d = Counted()
d["x"] = 21
print(d)
