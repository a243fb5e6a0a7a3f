from enum import Enum, IntEnum, Flag, IntFlag, auto, member, nonmember, unique, StrEnum
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((5.976e+24, 6.37814e6)))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX == b'\x00', Coord.PX.value)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
print(Shape('circle'), Shape.SQUARE.describe(), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape))
print(list(Shape.__members__))
t(lambda: Shape(9))
t(lambda: Shape('nope'))

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(lambda: Bad(3))

class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()
print([(o.name, o.value) for o in Ordinal])

class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    A = auto()
    BC = auto()
print(list(AutoName))

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.ONE < Num.TWO, sorted([Num.THREE, Num.ONE]), Num.TWO * 3, [1, 2, 3][Num.ONE], Num(2), max(Num))
print(isinstance(Num.ONE, int), Num.ONE == 1, {Num.ONE: 'x'}[1], f"{Num.TWO}", "%d %s %r" % (Num.ONE, Num.ONE, Num.ONE))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.RWX), list(Perm.RWX), Perm.R in Perm.RWX, repr(Perm.RWX & ~Perm.W), repr(Perm(0)), bool(Perm(0)))
print(repr(Perm.R ^ Perm.RWX), repr(Perm.W | Perm.X), list(Perm), len(Perm), Perm.R | 1 == 5)
t(lambda: 1 in Perm.R)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color), repr(Color.RED | Color.BLUE), repr(~Color.RED), repr(Color.WHITE ^ Color.RED))
print(str(Color.RED | Color.GREEN), Color(3), Color.RED in Color.WHITE, bool(Color.RED & Color.BLUE))
t(lambda: Color.RED | 1)
t(lambda: Color(16))

class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    WEEKEND = 96
    SATURDAY = 32
    SUNDAY = 64
print(list(Weekday), repr(Weekday.WEEKEND), list(Weekday.WEEKEND))

class K(Enum):
    a = member(lambda x: x + 1)
    b = nonmember(3)
    c = 2
    def method(self):
        return 'method of ' + self.name
print([m.name for m in K], K.b, K.a.value(1), K.c.method())
t(lambda: unique(Shape))

class Mood(StrEnum):
    HAPPY = 'happy'
    SAD = auto()
print(Mood.HAPPY, Mood.SAD == 'sad', Mood('happy'), Mood.HAPPY.upper(), '-'.join(Mood), f'{Mood.SAD!r}')
t(lambda: StrEnum('X', [('A', 1)]))

class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty))
class WithMethods(Empty):
    X = 1
print(list(WithMethods))
