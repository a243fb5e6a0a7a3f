class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
s = S()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")
try:
    s.y
except AttributeError as e:
    print("y unset")
class T(S):
    pass
t = T()
t.z = 5
print(t.z, S.__slots__)
