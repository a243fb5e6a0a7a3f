print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7))
print(2 ** 100)
print((-8) ** (1/3) == complex(1, 1.7320508075688772) or type((-8) ** (1/3)).__name__)
print(pow(2.0, 0.5), 10 ** -2, 0.0 ** 0)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
