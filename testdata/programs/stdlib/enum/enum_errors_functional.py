import enum
from enum import *
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
def mk1():
    class X(Color): pass
t(mk1)
def mk2():
    class X(Enum):
        A = 1
        A = 2
t(mk2)
def mk3():
    class X(Enum):
        _foo_ = 1
t(mk3)
def mk4():
    class X(Enum):
        A = 1
        def A(self): pass
t(mk4)
def mk5():
    class X(Enum):
        A = 1
        B = 5
        C = auto()
    return list(X)
t(mk5)
def mk6():
    class X(Enum):
        A = 1
        _generate_next_value_ = lambda *a: 1
t(mk6)
def mk7():
    class X(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
t(mk7)
def mk8():
    class X(Enum):
        _ignore_ = 'tmp'
        tmp = 5
        A = 1
    return list(X), hasattr(X, 'tmp')
t(mk8)
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: setattr(Color.RED, 'name', 'x'))
t(lambda: setattr(Color.RED, 'foo', 'x'))
t(lambda: Color.RED < Color.GREEN)
t(lambda: 1 in Color)
t(lambda: Color.RED in Color)
t(lambda: 'RED' in Color)
t(lambda: [] in Color)
t(lambda: Enum('Animal', 'ANT BEE CAT'))
A = Enum('Animal', 'ANT BEE, CAT')
t(lambda: (list(A), A.__module__, A.__qualname__))
t(lambda: list(Enum('B', [('X', 10), ('Y', 20)])))
t(lambda: list(Enum('B', {'X': 'a', 'Y': 'b'})))
t(lambda: list(IntEnum('B', 'X Y', start=5)))
t(lambda: list(Flag('F', 'X Y Z')))
t(lambda: list(StrEnum('S', 'X Y')))
t(lambda: list(Enum('B', 'X Y', type=int)))
t(lambda: Color.RED.RED)
t(lambda: Color.name)
t(lambda: Color._missing_(5))
t(lambda: list(reversed(Color)))
t(lambda: bool(Color), )
t(lambda: unique(Enum('D', [('A', 1), ('B', 1), ('C', 1)])))
t(lambda: verify(UNIQUE)(Enum('D', [('A', 1), ('B', 1)])))
t(lambda: verify(CONTINUOUS)(Enum('D', [('A', 1), ('B', 5)])))
t(lambda: verify(CONTINUOUS)(Flag('D', [('A', 1), ('B', 8)])))
t(lambda: verify(NAMED_FLAGS)(Flag('D', [('A', 1), ('B', 2), ('C', 7)], boundary=KEEP)))
t(lambda: (STRICT, repr(STRICT), FlagBoundary.KEEP, EnumCheck.UNIQUE, repr(UNIQUE)))
t(lambda: auto())
t(lambda: repr(auto(5)))
t(lambda: Color.__members__)
t(lambda: [m for m in Color.__members__])
t(lambda: enum.show_flag_values(13))
t(lambda: enum.bin(5))
t(lambda: enum.bin(-5, 8))
t(lambda: Flag('F', 'X Y')(8))
t(lambda: IntEnum('F', 'X Y')('a'))
t(lambda: Color.RED.__class__.__mro__)
t(lambda: IntFlag.__mro__)
t(lambda: (Color.RED == 1, Color.RED != Color.GREEN, Color.RED.__hash__ is not None))
t(lambda: sorted(Color, key=lambda c: c.value, reverse=True))
t(lambda: Color.RED._sort_order_)
t(lambda: Color(Color.RED))
t(lambda: Color.RED.__objclass__)
t(lambda: type(Color.__dict__['_member_map_']))
t(lambda: Color._member_type_)
t(lambda: IntEnum._member_type_)
t(lambda: Color._value_repr_)
t(lambda: IntEnum('Q','A B')._value_repr_)
