def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool:
    x: int = 1
    y: str
    return a
