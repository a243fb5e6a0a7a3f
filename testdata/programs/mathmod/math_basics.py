# math: constants, rounding dispatch, float functions and their errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(10**30), math.ceil(True), type(math.floor(3.7)).__name__)


class Money:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


print(math.floor(Money()), math.ceil(Money()), math.trunc(Money()))


class Half:
    def __float__(self):
        return 0.5


class Seven:
    def __index__(self):
        return 7


print(math.sqrt(Half()), math.sqrt(Seven()), math.floor(Half()))
for f in (math.sqrt, math.log, math.acos, math.exp, math.floor, math.trunc, math.gamma):
    for x in (-1.0, 0.0, 2.0, 1000.0, math.inf, math.nan, "x"):
        try:
            print(f.__name__, repr(x), f(x))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, repr(x), type(e).__name__, e)
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.frexp(0.0), math.frexp(1e-310), math.frexp(-8.0), math.ldexp(0.5, 3), math.ldexp(1.0, -1074))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf))
for args in [(1.0, 10**400), (1, 1.5), (math.inf, 5)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(1, math.nan), math.pow(0.0, -0.0))
for args in [(0.0, -1.0), (-8, 1 / 3), (10.0, 400)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0), math.cbrt(-27.0), math.exp2(10), math.expm1(1e-10))
