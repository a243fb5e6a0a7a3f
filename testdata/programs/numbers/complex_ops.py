a = complex(3, 4)
b = 1 - 2j
print(a, b, a + b, a - b, a * b, a / b)
print(abs(a), a.real, a.imag, a.conjugate())
print(a == 3 + 4j, a == complex("3+4j"), complex("1e3-2.5j"))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), 1j ** 2)
print(format(a, ".2f"), format(a, "^20"), hash(complex(5, 0)) == hash(5))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a // b
except TypeError as e:
    print("TypeError", e)
