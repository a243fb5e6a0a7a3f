def gen():
    print("gen start")
    yield 1
    yield 2
a, b = gen()
print(a, b)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(s,) = {"only"}
print(s)
[x] = [[1, 2]]
print(x)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        return iter((self.x, self.y))
px, py = Pt(3, 4)
print(px, py, [*Pt(5, 6)], dict([Pt("k", "v")]))
