# staticmethod and classmethod with the builtins: callable, isinstance, wrapped functions, alternative constructors.


class Point:
    count = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @staticmethod
    def distance(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    pass


print(Point.origin(), Point3.origin(), Point3.from_pair((1, 2)))
print(Point.distance(Point(1, 2), Point(4, 6)), Point(0, 0).distance(Point(1, 1), Point(2, 2)))
print(Point.count)
sm = Point.__dict__["distance"]
cm = Point.__dict__["origin"]
print(type(sm).__name__, type(cm).__name__, isinstance(sm, staticmethod), isinstance(cm, classmethod))
print(callable(sm), sm.__func__ is Point.distance, cm.__func__.__name__)
print(sorted([Point(3, 1), Point(1, 2)], key=lambda p: Point.distance(p, Point.origin())))
print(list(map(Point.from_pair, [(1, 1), (2, 3)])))
double = staticmethod(lambda v: v * 2)
print(double(21))
for bad in [lambda: staticmethod(), lambda: classmethod(1, 2)]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
