n = 1
for i in range(1, 51):
    n *= i
print(n)
print(len(str(n)), n % 1000003, n // 10**60)
print(2 ** 200 - 1, -(2 ** 100) // 7, -(2 ** 100) % 7)
print(hex(2**100), oct(2**70), bin(2**65 + 5))
x = 123456789012345678901234567890
print(x * x, x // 987654321, x % 987654321, divmod(-x, 10**12))
print((10**40).bit_length(), (2**64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00\x00", "little"))
print(pow(2, 1000, 10**9 + 7), 3 ** 100 == int("3" * 1 and str(3 ** 100)))
print(f"{2**100:,}", f"{2**70:_x}", f"{-2**64:>30}")
