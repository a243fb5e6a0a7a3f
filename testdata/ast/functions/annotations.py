def f(a: int) -> int: pass
def f(a: int = 1, *args: str, b: float = 2.0, **kw: bool) -> None: pass
def f(a: "str", /, b: list[int], *, c: dict[str, int] = {}) -> tuple[int, ...]: pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f() -> lambda: 1: pass
def f(a: (yield_)): pass
def f(a: int | None = None) -> int | str: pass
def f(a: x if y else z): pass
def f(self, a: "C") -> "C": pass
