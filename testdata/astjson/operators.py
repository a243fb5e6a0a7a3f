a[1:2, ::3] += -b ** 2
del x.y, [z]
*s, = r = not p and q or (1 < a <= 2 is not c)
print(f'{v!r:>{w}}')
