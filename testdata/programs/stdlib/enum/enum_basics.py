import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.__dict__.get('RED'), type(Color.__dict__.get('name')), Color.__dict__.get('CRIMSON'))
print(str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", repr(Color.CRIMSON), Color.CRIMSON is Color.RED)
print(list(Color.__members__.items()), type(Color.__members__))
print(Color._member_names_, Color._value2member_map_, Color._member_map_)
print(dir(Color)); print(dir(Color.RED))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R|Perm.W), str(Perm.R|Perm.W), repr(Perm(0)), str(Perm(0)), list(Perm.R|Perm.X), repr(~Perm.R), list(Perm), len(Perm.R|Perm.W))
class P2(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
print(list(P2), repr(P2(7)), repr(P2.AB), list(P2.AB), P2.__members__.keys(), P2._member_names_)
try: Perm(8)
except ValueError as e: print(e)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP(9)), str(IP(9)), repr(~IP.R), IP.R | 8, repr(IP.R | 8), repr(IP.R + 1), format(IP.R, '04'), repr(IP(0)))
class I(IntEnum):
    A = 1
    B = 2
print(str(I.A), format(I.A), f"{I.A:03}", repr(I.A), I.A + 1, I.A == 1, hash(I.A) == hash(1))
class S(StrEnum):
    A = auto()
    Bb = auto()
print(str(S.A), repr(S.Bb), format(S.A, '>3'), S.A.upper())
class M(int, Enum):
    A = 1
print(str(M.A), format(M.A), repr(M.A))
print(Color.RED.name, Color.RED.value, Color['RED'], Color(1))
for bad in [lambda: Color(9), lambda: Color['X'], lambda: I(5), lambda: S('z')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(type(Color), enum.EnumMeta is enum.EnumType, repr(Color), Color.__qualname__)
print(hash(Color.RED) == hash('RED'), Color.RED.__reduce_ex__(4))
