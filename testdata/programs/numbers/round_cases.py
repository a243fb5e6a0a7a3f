for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 12345.6789):
    print(x, round(x), round(x, 2), round(x, -1))
for n in (15, 25, 149, -151, 12345):
    print(n, round(n, -1), round(n, -2), round(n, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
