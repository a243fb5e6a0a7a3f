from fractions import Fraction
from decimal import Decimal
print(1 == 1.0 == Fraction(1) == Decimal(1) == complex(1))
print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)))
print(Fraction(1, 3) + 1, Fraction(1, 3) * 3, Fraction(1, 2) + 0.5)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(Fraction(1) + 1).__name__, type(True + 1).__name__)
print(sum([0.1] * 10), sum([Fraction(1, 10)] * 10), max(1, 2.5, Fraction(3, 2)))
print(sorted([3, 1.5, Fraction(5, 2), True]))
print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("4"))
print(int.__add__(1, 2), float.__mul__(2.0, 3.0), (1).__truediv__(2), (1).__radd__(1.0))
