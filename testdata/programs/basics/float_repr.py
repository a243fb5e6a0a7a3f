vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1e-5, 1e-4, 123456789.123, 1.5e300 * 1e10,
        -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 0.000123]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), float(" 1_000.5 "))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(int(3.9), int(-3.9), 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10 ** -2)
