class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class Other:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "Other.radd"
print(Base() + Sub())
print(Base() + Base())
print(1 + Base(), Base() + 1)
try:
    print(Other() + Other())
except TypeError as e:
    print("TypeError same type no radd", e)
class Nothing:
    def __add__(self, o): return NotImplemented
try:
    Nothing() + Nothing()
except TypeError as e:
    print("TypeError", e)
try:
    1 + Nothing()
except TypeError as e:
    print("TypeError", e)
