print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 - 4 - 3, 100 / 10 / 5, 7 // 2 * 2, not 1 == 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~0 + 1, 3 > 2 == 2, (3 > 2) == 2, 1 if 0 else 2 if 1 else 3)
print(True or False and False, (True or False) and False, not True or True, -3 % 5, 3 - -3)
print("a" + "b" * 2, [1] * 2 + [3], 2 * 3 % 4, 2 ** -1 * 4, 5 in [5] == True)
