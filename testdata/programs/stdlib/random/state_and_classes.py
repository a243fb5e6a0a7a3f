import random

r = random.Random(5)
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
r.gauss()
st = r.getstate()
print(st[2] is not None)
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
try:
    r.setstate((7, (), None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.setstate((3, (1, 2), None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.setstate((3, [0] * 625, None))
except TypeError as e:
    print(type(e).__name__, e)

class Mine(random.Random):
    def random(self):
        return 0.5
m = Mine(1)
print(m.random(), m.randrange(10), m.choice("abcd"), m.uniform(0, 4))

class Bits(random.Random):
    calls = 0
    def getrandbits(self, k):
        Bits.calls += 1
        return super().getrandbits(k)
b = Bits(3)
print(b.randrange(100), Bits.calls)

class Seeded(random.Random):
    def __init__(self, x, tag):
        super().__init__(x)
        self.tag = tag
s = Seeded(10, "t")
print(s.tag, s.random(), isinstance(s, random.Random))

sr = random.SystemRandom()
v = sr.random()
print(0 <= v < 1, type(v).__name__, sr.getrandbits(0), 0 <= sr.getrandbits(10) < 1024, len(sr.randbytes(4)))
print(0 <= sr.randrange(10) < 10, sr.seed(4))
for name in ("getstate", "setstate"):
    try:
        getattr(sr, name)()
    except NotImplementedError as e:
        print(type(e).__name__, e)
u = random.Random()
print(0 <= u.random() < 1)
print(random.Random.VERSION, random.TWOPI, random.NV_MAGICCONST, random.SG_MAGICCONST, random.LOG4, random.BPF, random.RECIP_BPF)
print(sorted(random.__all__))
