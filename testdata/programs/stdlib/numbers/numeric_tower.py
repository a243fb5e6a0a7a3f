import numbers
from numbers import Number, Complex, Real, Rational, Integral

values = [1, True, 2.5, 1j, 'x', None, [1]]
for v in values:
    print(repr(v), [c.__name__ for c in (Number, Complex, Real, Rational, Integral) if isinstance(v, c)])
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(complex, Real), issubclass(bool, Number))
print(Integral.__mro__)
print(sorted(numbers.__all__), Number.__hash__, type(Number).__name__)
print(issubclass(Integral, Complex), issubclass(Real, Integral))

class Halves(Rational):
    """Numbers n/2."""
    def __init__(self, twice):
        self.twice = twice
    numerator = property(lambda self: self.twice if self.twice % 2 else self.twice // 2)
    denominator = property(lambda self: 2 if self.twice % 2 else 1)
    def __repr__(self): return f'Halves({self.twice})'
    def __add__(self, o): return Halves(self.twice + o.twice) if isinstance(o, Halves) else float(self) + o
    __radd__ = __add__
    def __neg__(self): return Halves(-self.twice)
    def __pos__(self): return Halves(self.twice)
    def __mul__(self, o): return float(self) * o
    __rmul__ = __mul__
    def __truediv__(self, o): return float(self) / o
    def __rtruediv__(self, o): return o / float(self)
    def __pow__(self, e): return float(self) ** e
    def __rpow__(self, b): return b ** float(self)
    def __abs__(self): return Halves(abs(self.twice))
    def __eq__(self, o): return float(self) == o
    def __hash__(self): return hash(float(self))
    def __trunc__(self): return int(float(self))
    def __floor__(self): return self.twice // 2
    def __ceil__(self): return -(-self.twice // 2)
    def __round__(self, ndigits=None): return round(float(self), ndigits)
    def __floordiv__(self, o): return float(self) // o
    def __rfloordiv__(self, o): return o // float(self)
    def __mod__(self, o): return float(self) % o
    def __rmod__(self, o): return o % float(self)
    def __lt__(self, o): return float(self) < o
    def __le__(self, o): return float(self) <= o

h = Halves(3)
print(h, float(h), complex(h), h.real, h.imag, h.conjugate(), h - Halves(1), 5 - h, divmod(h, 1), divmod(7, h), bool(h), bool(Halves(0)))
print(isinstance(h, Real), isinstance(h, Integral), h.numerator, h.denominator, Halves(4).numerator)

class Partial(Real):
    def __float__(self): return 1.0
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, str(e).split(' without')[0])

class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f'MyInt({self.v})'
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __rpow__(self, o): return NotImplemented
    def __floordiv__(self, o): return NotImplemented
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return NotImplemented
    def __rmod__(self, o): return NotImplemented
    def __lshift__(self, o): return NotImplemented
    def __rlshift__(self, o): return NotImplemented
    def __rshift__(self, o): return NotImplemented
    def __rrshift__(self, o): return NotImplemented
    def __and__(self, o): return NotImplemented
    def __rand__(self, o): return NotImplemented
    def __xor__(self, o): return NotImplemented
    def __rxor__(self, o): return NotImplemented
    def __or__(self, o): return NotImplemented
    def __ror__(self, o): return NotImplemented
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __invert__(self): return MyInt(~self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __pow__(self, e, m=None): return pow(self.v, e, m)
    def __eq__(self, o): return self.v == o
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
m = MyInt(6)
print(m, int(m), float(m), m.numerator, m.denominator, [10, 20, 30, 40, 50, 60, 70][m], m.__index__(), pow(m, 2, 5), m.real, m.imag)
