for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5):
        print(a, b, divmod(a, b), a // b, a % b)
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (0.0, -1)):
    print(a, b, divmod(a, b))
