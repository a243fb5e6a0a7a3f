def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2, 3], [4, 5, 6]]
print(find(m, 5), find(m, 9))
class Found(Exception):
    pass
try:
    for row in m:
        for v in row:
            if v > 4:
                raise Found(v)
except Found as f:
    print("found via exception", f.args[0])
print(next((v for row in m for v in row if v % 4 == 0), None))
