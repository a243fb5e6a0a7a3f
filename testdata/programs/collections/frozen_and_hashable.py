d = {}
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[3.0] = "float"
d[3] = "int overwrites"
print(d)
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(sorted({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}, key=sorted))
