x: int = 1
y: List[int]
(z): int = 2
a.b: int
class C:
    w: int
