from functools import reduce
nums = list(range(1, 21))
print(sum(nums), reduce(lambda a, b: a * b, nums), max(nums, key=lambda n: n % 7), sorted(nums, key=lambda n: (n % 3, -n))[:5])
print(list(map(lambda n: n * n, filter(lambda n: n % 3 == 0, nums))))
print(dict(zip(map(str, nums[:3]), nums[:3])), list(enumerate(zip("ab", "cd"))))
