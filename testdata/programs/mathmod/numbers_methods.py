# int, float, complex and bool methods.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x00", "little"))
for args in [(1,), (1, "middle")]:
    try:
        print((256).to_bytes(*args))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((12).bit_count(), (-12).bit_length(), (6).as_integer_ratio(), (6).is_integer(), (6).conjugate())
print((7).real, (7).imag, (7).numerator, (7).denominator, True.real, True + True, (True).bit_length())
print((0.75).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"))
print((-0.0).hex(), float.fromhex("inf"), (1e-320).hex(), (3.5).conjugate(), (3.5).real, (3.5).imag)
for x in ["inf", "-Infinity", "nan", " 1_000.5 ", "1e500", "0x10", "1__0", ""]:
    try:
        print(repr(x), float(x))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("0x1f", 0), ("0b101", 0), ("1_000", 10), ("z", 36), ("010", 0), ("12", 1), ("  -7 ", 10)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(1e20), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(-2.5))
print(round(123.456, -1), round(1e300, 2), (2.5).__round__(), (7).__round__(-1))
for x in [float("inf"), float("nan")]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z.real, z.imag, z * z, z / 2, z ** 2, z + 1, -z, complex("1+2j"), 2j ** 0.5)
print(complex(1.5), complex(0, -0.0), repr(complex(-0.0, 0)), complex("inf-nanj") == complex("inf-nanj"))
try:
    print(1j / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((1).__trunc__(), (2.7).__trunc__(), (2.7).__floor__(), (2.2).__ceil__(), (-7) // 2, (-7) % 2)
