import math
class C:
    A = "a"
    class Inner:
        B = 2
def m(v):
    match v:
        case math.pi: return "pi"
        case C.A: return "C.A"
        case C.Inner.B: return "C.Inner.B"
        case -1.5: return "neg float"
        case 1 | 2j | "s" | b"b": return "or literal"
        case _: return "other"
for v in [math.pi, "a", 2, -1.5, 2j, b"b", 1, 3]:
    print(repr(v), m(v))
