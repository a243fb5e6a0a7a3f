from dataclasses import dataclass, field, fields, replace, asdict
import dataclasses
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
@dataclass(frozen=True, slots=True)
class FS:
    x: int
    y: int = 1
fs = FS(3)
print(fs, hash(fs) == hash((3, 1)), FS.__slots__, replace(fs, y=5))
t(lambda: setattr(fs, 'x', 1))
@dataclass(order=True, slots=True)
class OS:
    a: int
    b: str = 'q'
print(sorted([OS(2), OS(1, 'z'), OS(1, 'a')]), OS.__match_args__, '__dict__' in OS.__dict__)
@dataclass
class Inh:
    a: int = 0
@dataclass
class Inh2(Inh):
    b: int = 1
    def __post_init__(self):
        self.c = self.a + self.b
i = Inh2(5)
print(i, i.c, Inh2.__mro__[1].__name__, dataclasses.is_dataclass(i))
t(lambda: dataclass(init=False)(type('X', (), {'__annotations__': {'a': int}}))())
@dataclass
class Desc:
    a: int = field(default=3, repr=False)
    b: list = field(default_factory=lambda: [1, 2])
    c: int = field(default=0, compare=False)
print(Desc(), Desc() == Desc(c=5), Desc().b is not Desc().b, asdict(Desc()))
f = fields(Desc)[1]
print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory(), f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
t(lambda: field(default=1, default_factory=list))
@dataclass
class NoAnn:
    a: int
    b = 5
print(NoAnn(1), NoAnn.b, [f.name for f in fields(NoAnn)])
def bad():
    @dataclass
    class Q:
        a = field(default=1)
t(bad)
def bad2():
    @dataclass
    class Q:
        a: int
        _: dataclasses.KW_ONLY
        b: int
        _2: dataclasses.KW_ONLY
t(bad2)
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec([Rec()])
print(r, r == Rec([Rec()]), r != Rec())
