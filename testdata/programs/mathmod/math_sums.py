# math: exactly rounded sums, norms and products.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum(iter([1, 2, 3])), math.fsum([2.0**53, 1.0, 1.0]))
for xs in ([math.inf, 1.0], [math.inf, -math.inf], [1e308, 1e308], [math.nan], ["x"]):
    try:
        print(math.fsum(xs))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.dist([1.0, 2.0, 3.0], [4.0, 6.0, 3.0]), math.dist((), ()))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(type(e).__name__, e)
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.sumprod([], []))
print(math.sumprod([10**20, 1], [10**20, -1]), math.sumprod([1.5, 2], [2, True]))
try:
    math.sumprod([1, 2], [1])
except ValueError as e:
    print(type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
