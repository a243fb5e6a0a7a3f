from fractions import Fraction
from decimal import Decimal, getcontext
f = Fraction(1, 3) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.75"), Fraction(3, -9), Fraction(1, 3) ** 2)
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3, repr(Decimal("2.50")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123.456789").quantize(Decimal("0.01")), Decimal(10) ** -3)
