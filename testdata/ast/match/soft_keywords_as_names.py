match = 1
case = 2
type = 3
_ = 4
match.x = 1
case.x = 2
match[0] = 1
match(x)
case(x)
type(x)
print(match, case, type, _)
match = match + case
def match(match, case, type): return _
class case: pass
x = [match for match in case]
match * x
match - x
match + x
match, case = 1, 2
match.case.type._
import match
from case import type as _
match: int = 1
type: str = "t"
def type(): pass
_()
_.x
f(match=1, case=2, type=3, _=4)
lambda match, case: match
match (x):
    case case:
        pass
match match:
    case _:
        pass
match [match]:
    case [case]:
        pass
match -match:
    case _:
        pass
match not_(x):
    case _:
        pass
match {match: case}:
    case {}:
        pass
