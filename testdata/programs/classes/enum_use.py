import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), Perm(7))
class S(enum.StrEnum):
    A = enum.auto()
    B = enum.auto()
print(S.A, S.B == "b", [m.value for m in S])
try:
    Color(9)
except ValueError as e:
    print(e)
