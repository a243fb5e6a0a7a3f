from collections import Counter
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
d = Counter(a=1, b=5, e=2)
print(sorted((c + d).items()), sorted((c - d).items()), sorted((c & d).items()), sorted((c | d).items()))
c.subtract({"a": 10})
print(c["a"], sorted((+c).items()), sorted((-c).items()))
c.update("zzz")
print(c["z"], Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=0) == Counter())
