# math: neighbours, ulps and logarithms of huge ints.
import math

print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, 1.0, steps=2), math.nextafter(-0.0, 1.0, steps=10**30))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.log(10**400), math.log2(2**3000), math.log10(10**500), math.log(2**1000, 2), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(-0.5), math.log(100, 10))
for args in [(0,), (-(10**400),), (10, 1), (10, 0), (1.0, -2)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.exp(1), math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan(1) * 4)
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0), math.erfc(0), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(1), math.lgamma(3))
for f, x in [(math.atanh, 1.0), (math.acosh, 0.5), (math.exp, 1000), (math.cosh, 1000), (math.lgamma, -2)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
