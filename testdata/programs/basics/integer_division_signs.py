for a in (7, -7):
    for b in (2, -2):
        print(f"{a:>3} {b:>3} // {a // b:>3} % {a % b:>3} trunc {int(a / b):>3} divmod {divmod(a, b)}")
print(-7.5 // 2, -7.5 % 2, 7 % -0.5, -0.0 % 5, 5 % float("inf"), -5 % float("inf"))
import math
print(math.fmod(-7, 2), math.remainder(7, 2), (-7) % 2)
