for i in range(5):
    pass
print("i after loop", i)
for k, v in enumerate("abc", start=1):
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
print(list(range(0)), list(range(5, 0, -1)), range(1, 10, 2)[2], len(range(0, 100, 7)), range(3)[::-1])
