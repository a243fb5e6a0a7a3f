l = list(range(10))
print(l[len(l) // 2], l.index(7), sum(l[::2]), l[-1:] + l[:1], [l[i] - l[i - 1] for i in range(1, 4)])
print(list(map(list, zip(*[iter(range(9))] * 3))), [l[i:i + 3] for i in range(0, 10, 3)])
print(sorted(set([3, 1, 3, 2])), list(dict.fromkeys([3, 1, 3, 2])), [x for x in l if x not in {2, 4}])
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a == b[:3], a * 0, [a] * 2)
