# math: exact integer functions on small and huge ints.
import math

print(math.factorial(0), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 6), math.perm(10**20, 2))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, -30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 0, 3), math.lcm(-4, 6), math.lcm(2**64, 3**40))
for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.isqrt, (-4,)), (math.comb, (-1, 2)),
                (math.comb, (5, -2)), (math.perm, (5, 1.0)), (math.gcd, (1.5, 2)), (math.lcm, ("a",)),
                (math.factorial, (10**20,))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 12


print(math.gcd(Idx(), 8), math.factorial(Idx()), math.isqrt(Idx()), math.comb(Idx(), 2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([1, 2], start=10))
print(math.prod(range(1, 30)), math.prod(["ab", 3]))
