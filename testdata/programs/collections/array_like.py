matrix = [[1, 2], [3, 4]]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(matrix, matrix))
import array
a = array.array("i", [1, 2, 3]); a.append(4); print(a, a.tolist(), a[1:3], sum(a))
b = bytearray(b"abc"); b[0] = 65; b.extend(b"de"); print(b, bytes(b), b.pop(), len(b))
mv = memoryview(b"hello"); print(mv[1:3].tobytes(), mv[0], len(mv))
