def f(a: int, b: "str" = "x", *c: float, d: list[int] = None, **e: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: str = "b"
print(C.__annotations__, hasattr(C, "a"), C.b)
