m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print([(a, b) for a in range(4) for b in range(a) if (a + b) % 2])
print({i: [j for j in range(i)] for i in range(4)})
