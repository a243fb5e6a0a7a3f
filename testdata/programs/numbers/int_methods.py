for n in (0, 1, 255, 256, -1, -256, 2**64):
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).as_integer_ratio(), (7).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
print(int("ff", 16), int("0x1f", 0), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36))
for bad in ("", "1.5", "0x", "1__0"):
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print("ValueError", e)
