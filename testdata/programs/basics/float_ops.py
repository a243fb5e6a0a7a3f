print(0.1 * 3, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5, 1e300 * 1e300, -1e300 * 1e300, 1e-320 / 1e10)
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, nan + 1, inf > 1e308, -inf < 0, min(inf, 5), nan != nan)
print(3.0 == 3, 0.5 == 1/2, (0.1).hex(), 1.0 .is_integer(), float.fromhex("-0x1p-1074"))
print(f"{1/3:.17g} {2/3:.20f} {1e100:.3e} {123.456:10.2f} {-0.0:+.1f} {1e-7} {1e16} {12345678901234567.0}")
import math
print(math.floor(1e20), int(1e20), int(-1.5e15), round(1e20), round(0.1, 20), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25))
