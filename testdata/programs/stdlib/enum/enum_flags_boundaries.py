import enum
from enum import Flag, IntFlag, IntEnum, Enum, StrEnum, auto, STRICT, CONFORM, EJECT, KEEP, global_enum, verify, UNIQUE, CONTINUOUS
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
for cls in (Strict, Conform, Eject, Keep):
    t(lambda: cls(7))
    t(lambda: cls(3))
    print(cls._boundary_, repr(~cls.A), cls(0) is cls(0), cls.A | cls.B is cls(3))
print(IntFlag._boundary_, Flag._boundary_, Strict.__members__.keys())

class Open(IntFlag):
    R = 1
    W = 2
    X = 4
print(Open.R | Open.W, repr(Open(8)), repr(Open(-1)), repr(~Open(0)), Open.R == 1, Open.R | 2, Open.R & 3, 3 & Open.R, 4 | Open.R, repr(Open.R ^ 7))
print(Open.R < 2, sorted([Open.X, Open.R]), int(Open.W | Open.X), hex(Open.X), f'{Open.X:b}', str(Open.R | Open.W), format(Open.R | Open.W))
print(list(Open(7)), len(Open(7)), len(Open(0)), bool(Open(0)), Open(7) in Open(7), Open.R in Open(3))

class Color(Enum):
    RED = 1
    GREEN = 2
print(list(reversed(Color)), Color.RED in Color, 2 in Color, 'RED' in Color, {Color.RED: 1}[Color.RED], hash(Color.RED) == hash('RED'))
print(Color.RED.__class__, type(Color.RED) is Color, isinstance(Color.GREEN, Color), Color.RED is Color(1), Color['GREEN'] is Color.GREEN)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED.name.lower())
print(getattr(Color, 'RED'), Color.__members__['GREEN'], len(Color.__members__), Color.RED.__reduce_ex__(2))

class Num(IntEnum):
    A = 1
    B = 2
print(dir(Num.A)[:5], 'bit_length' in dir(Num.A), 'name' in dir(Num.A), 'A' in dir(Num))
class Mixed(float, Enum):
    PI = 3.14
    E = 2.72
print(str(Mixed.PI), repr(Mixed.PI), format(Mixed.PI), Mixed.PI * 2, Mixed(2.72))

class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def first(cls):
        return next(iter(cls))
class Sub(Base):
    X = 'x'
    Y = 'y'
print(Sub.X.describe(), Sub.first(), list(Sub), Sub.X.value)

class WithInit(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
    A = 1
    B = 2
    @property
    def doubled(self):
        return self.value * 2
print(WithInit.B.doubled, [m.doubled for m in WithInit])

class Level(StrEnum):
    LOW = auto()
    HIGH = 'HIGH'
print(Level.LOW, Level('low'), Level.HIGH, Level.LOW + '!', Level.LOW == 'low', repr(Level.LOW), '%s' % Level.HIGH, [*Level])

@verify(UNIQUE, CONTINUOUS)
class Seq(Enum):
    A = 1
    B = 2
    C = 3
print(list(Seq))
t(lambda: enum.EnumType.__repr__(Seq))
Dyn = Enum('Dyn', 'ONE TWO THREE', start=10)
print(list(Dyn), Dyn.TWO.value, Dyn(12), Dyn['ONE'])
Str2 = StrEnum('Str2', ['AA', 'BB'])
print(list(Str2))
Pairs = IntEnum('Pairs', (('X', 5), ('Y', 7)))
print(list(Pairs), Pairs.X + Pairs.Y)
t(lambda: Color.RED.__dict__)
t(lambda: Color('RED'))
t(lambda: Color.BLUE)
