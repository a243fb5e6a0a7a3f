from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, is_dataclass, MISSING

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False, repr=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label='x')]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), Version(1, 2) == Version(1, 2, label='y'))
print(Version.__lt__(Version(1), 5), Version(1) == (1, 0, 0))
try:
    Version(1) < 5
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Counter:
    name: str
    count = 0
    tags: list = field(default_factory=list, metadata={'doc': 'the tags'})
    def bump(self):
        Counter.count += 1
        return Counter.count
c = Counter('a')
c.tags.append('t')
print(c, Counter('b'), c.bump(), c.bump(), [f.name for f in fields(Counter)], fields(Counter)[1].metadata['doc'])
print(fields(Counter)[1].metadata, 'count' in Counter.__dataclass_fields__, Counter.count)

@dataclass
class WithPost:
    a: int
    b: int = 2
    scale: InitVar[int] = 10
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale
print(WithPost(1), WithPost(1, 3, scale=2), WithPost(1, 1, 1).total)
print(replace(WithPost(1), b=5), replace(WithPost(1), b=5, scale=1))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3), Opts(level=1, verbose=True))
try:
    Opts(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=5, kw_only=False)
print(Mixed(1, 2), Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__doc__)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default=None, hash=False)
print(hash(Key(1)) == hash(Key(1, [1])), {Key(1): 'v'}[Key(1)])

@dataclass(repr=False, eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith('<'), Plain.__hash__ is object.__hash__)

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return 'Custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: sorted(kv, reverse=True)))
d = asdict(t)
d['children'].append(9)
print(len(t.children), is_dataclass(t), is_dataclass(Tree), is_dataclass(asdict))

@dataclass(eq=True, frozen=True)
class FP:
    x: int
    y: int
s = {FP(1, 2), FP(1, 2), FP(2, 1)}
print(len(s), FP(1, 2) in s)
@dataclass(frozen=True)
class FP3(FP):
    z: int = 0
print(FP3(1, 2, 3), [f.name for f in fields(FP3)])
try:
    @dataclass
    class NotFrozen(FP):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Default:
    x: int = 5
print(Default.x, Default(), 'x' in Default.__dict__)
@dataclass
class NoDefault:
    x: int = field()
print('x' in NoDefault.__dict__, fields(NoDefault)[0].default is MISSING)

print(Version.__init__.__name__, Version.__repr__.__qualname__, Version.__lt__.__qualname__)
print(Counter.__doc__)
