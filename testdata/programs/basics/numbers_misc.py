import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(12, 18), math.lcm(4, 6))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 1), math.pi, math.e)
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(float("inf")), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.log(8, 2), math.log10(1000))
c = complex(1, 2)
print(c, c * c, abs(3 + 4j), c.conjugate(), c.real, c.imag, (1j) ** 2, complex("3-4j"))
print(bool(0), bool(0.0), bool(""), bool([]), bool([0]), bool(None), bool(-1))
print(int(True), 5 // True, 0x_ff, 0o17, 0b_1010, 1_000_000)
