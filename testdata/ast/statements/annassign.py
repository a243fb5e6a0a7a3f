x: int
x: int = 1
(y): str = "s"
a.b: list[int] = []
a[0]: float
d: dict[str, int] = {}
t: tuple[int, ...] = (1,)
v: "forward" = None
z: int = yield_value if cond else 0
def f():
    w: int = (yield)
