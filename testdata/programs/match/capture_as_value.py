import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED: return "red"
        case K.LIMIT: return "limit"
        case [1, 2] as whole: return f"whole {whole}"
        case (0 | 1) as bit: return f"bit {bit}"
        case [int() as a, str() as b]: return f"int {a} str {b}"
        case Color() as c: return f"color {c.name}"
        case other: return f"captured {other!r}"
for v in [Color.RED, Color.GREEN, 10, [1, 2], 0, 1, [3, "x"], "zz"]:
    print(m(v))
match 42:
    case n:
        pass
print("n bound after match", n)
