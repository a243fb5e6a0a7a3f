from __future__ import annotations
# PEP 563: annotations stored as strings (CPython's unparse).
x: list[int | None] = []
def f(a: Callable[[int], str], *args: *Ts, b: "quoted" = 1, **kw: -1 ** 2) -> dict[str, (1, 2)]:
    pass
class C:
    attr: lambda x, *, y=2: x + 1
    other: a if b else f"{a!r:{w}} {{x}}" 
    third: not a and (b or c) < d[1:2, ::3]
    fourth: 1e400 | 1 .real | {**m, 'k': v} | [*s] | (a, b)[0]
