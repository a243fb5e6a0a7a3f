import math
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 6
    def __ceil__(self): return 8
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 1.5
    def __complex__(self): return 2j
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, abs(u), round(u), round(u, 2))
print(math.trunc(u), math.floor(u), math.ceil(u))
print(int(u), float(u), complex(u), bool(u), not u)
print([0, 1, 2, 3, 4][u], bin(u), hex(u), "ab" * u, range(u))
