from collections import namedtuple


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.__module__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(iter([7, 8])))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point.__bases__)
print(Point.x.__doc__, Point.__new__.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[2, 3])
print(P3(1), P3(1, 5), P3(1, c=9), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, a, _b, 1x', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', 'q', module='somewhere')
print(M.__module__, M(1))
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
attempt(lambda: namedtuple('P', 'x x'))
attempt(lambda: namedtuple('P', '_x'))
attempt(lambda: namedtuple('P', 'def'))
attempt(lambda: namedtuple('1P', 'x'))
attempt(lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]))
attempt(lambda: Point(1))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, z=2))
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=1))
attempt(lambda: setattr(p, 'x', 5))


class Pt(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2


q = Pt(3, 4)
print(q, q.norm(), q._replace(x=0), type(q._replace(x=0)).__name__)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
match p:
    case Point(a, b):
        print('positional', a, b)
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(2, 1), Point(1, 2)))
