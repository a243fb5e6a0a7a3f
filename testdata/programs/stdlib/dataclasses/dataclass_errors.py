from dataclasses import *
import dataclasses
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    _: KW_ONLY
    k: str = 'a'
    m: int
print(P.__doc__, P.__dataclass_params__, P.__match_args__)
t(lambda: P())
t(lambda: P(1, 2, 3, 4))
t(lambda: P(1, 2, 3, 4, 5))
t(lambda: P(1, q=3))
t(lambda: P(1, x=3))
t(lambda: P(1))
t(lambda: P(m=1))
t(lambda: P(1, m=2))
def bad1():
    @dataclass
    class Q:
        x: int = 0
        y: int
t(bad1)
def bad2():
    @dataclass
    class Q:
        x: list = []
t(bad2)
def bad3():
    @dataclass
    class Q:
        x: int = field(default=1, default_factory=int)
t(bad3)
def bad4():
    @dataclass(order=True, eq=False)
    class Q:
        x: int
t(bad4)
def bad5():
    @dataclass(order=True)
    class Q:
        x: int
        def __lt__(self, o): pass
t(bad5)
def bad6():
    @dataclass(unsafe_hash=True)
    class Q:
        x: int
        def __hash__(self): return 1
t(bad6)
t(lambda: fields(1))
t(lambda: asdict(1))
t(lambda: astuple(P))
t(lambda: replace(1))
@dataclass(frozen=True)
class F:
    a: int
    b: InitVar[int] = 5
    c: int = field(init=False, default=7)
    def __post_init__(self, b):
        object.__setattr__(self, 'c', self.a + b)
f = F(1, 2)
t(lambda: setattr(f, 'a', 3))
t(lambda: delattr(f, 'a'))
t(lambda: setattr(f, 'q', 3))
print(f, [x.name for x in fields(f)], F.__dataclass_fields__.keys())
t(lambda: replace(f, c=3))
t(lambda: replace(f, a=3))
t(lambda: replace(f, a=3, b=10))
t(lambda: make_dataclass('Z', ['a', ('b', int), ('c', int, field(default=3))]))
Z = make_dataclass('Z', ['a', ('b', int), ('c', int, field(default=3))], namespace={'m': lambda self: 1})
print(Z(1, 2), Z(1, 2).m(), Z.__annotations__, Z.__module__)
t(lambda: make_dataclass('Z', ['a', 'a']))
t(lambda: make_dataclass('Z', ['a b']))
t(lambda: make_dataclass('Z', ['for']))
t(lambda: make_dataclass('Z', [(1, 2, 3, 4)]))
print(repr(MISSING)[:30], type(FrozenInstanceError.__mro__), FrozenInstanceError.__mro__)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__)
t(lambda: InitVar[int])
t(lambda: InitVar(int))
print(is_dataclass(P), is_dataclass(P(1, m=2)), is_dataclass(1), is_dataclass(int))
@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), hash(NE(1)) is not None)
@dataclass
class E:
    x: int
print(E.__hash__, E(1) == E(1), E(1) != E(2), E(1) == 1)
@dataclass(frozen=True)
class H:
    x: int
    y: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)), H(1,2) == H(1,2))
@dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1)
print(S.__slots__, s)
t(lambda: setattr(s, 'z', 1))
t(lambda: s.__dict__)
@dataclass
class R:
    r: object = None
r = R(); r.r = r
print(r)
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), fields(Derived)[0].name, [f.name for f in fields(Derived)])
print(asdict(Derived()), astuple(Derived()))
@dataclass
class Nest:
    items: list
    m: dict
    b: Base
print(asdict(Nest([Base(), (Base(), 1)], {'k': Base()}, Base())), astuple(Nest([Base()], {}, Base())))
