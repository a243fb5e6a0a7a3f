a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -8 >> 1, -1 >> 100, 1 << 100)
print(~0, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + True).__name__)
