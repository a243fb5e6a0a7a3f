a = [1, 2]
b = a
c = list(a)
a.append(3)
print(b, c, a is b, a == c, a is c)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(grid, bad)
def mutate(l):
    l += [99]
    l = [0]
    return l
x = [1]
print(mutate(x), x)
