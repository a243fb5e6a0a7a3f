class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = "a"
except TypeError as e:
    print(e)
del p.y
try:
    p.y
except KeyError as e:
    print("KeyError", e)
