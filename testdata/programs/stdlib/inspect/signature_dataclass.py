import inspect
from dataclasses import dataclass, field, KW_ONLY, InitVar
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    w: InitVar[int] = 3
    _: KW_ONLY
    k: str = 'a'
    m: 'int' = field(default=4, init=True)
print(inspect.signature(P), inspect.signature(P.__init__))
print(inspect.signature(P).bind(1, 2, k='b'))
