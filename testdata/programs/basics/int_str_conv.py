for v in [0, 1, -1, 255, -255, 10**30, -(2**63)]:
    print(v, str(v), repr(v), hex(v), bin(v)[:20], oct(v), f"{v:e}")
print(int("0b11", 0), int("0o17", 0), int("0x1F", 0), int("  -7\n"), int("+5"), int("٣"))
for bad in ["", "1.5", "0x", "1e3", "--1", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(str(12345678901234567890)[::-1], int("9" * 50) + 1)
