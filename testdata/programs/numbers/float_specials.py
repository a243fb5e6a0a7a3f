import math
inf = float("inf"); nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, inf > 10**400)
print(nan == nan, nan != nan, math.isnan(nan), math.isinf(-inf))
print(float("1e308") * 10, -0.0, 0.0 == -0.0, math.copysign(1, -0.0))
print(1e-320, 5e-324, 5e-324 / 2)
print((0.1 + 0.2), 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).as_integer_ratio())
print((2.5).is_integer(), (2.0).is_integer(), int(-2.7), math.floor(-2.7), math.ceil(-2.2), math.trunc(-2.7))
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
