for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5)]:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, pow(3, 4, 5), pow(3, -1, 7))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, -1 >> 3, -17 >> 2)
print(abs(-5), -(-5), +3, int("  42 "), int("-0b101", 0), int("ff", 16), int("z", 36))
print(10 == 10.0, 1 < 2 < 3, 3 > 2 > 2, True + True, False * 9)
