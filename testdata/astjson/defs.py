from .m import a as b
@d
def f[T: int, *Ts, **P](p, /, q=1, *a, k, m=2, **kw) -> T:
    try:
        return [x async for x in y if x]
    except* E as e:
        pass
class C(B, metaclass=M): ...
match s:
    case [1, *r] | {'k': None, **rest} if r:
        with o as (u, v), w: g = lambda: {**e, 1: 2}
    case P(1, a=_) | Q() as z:
        continue
