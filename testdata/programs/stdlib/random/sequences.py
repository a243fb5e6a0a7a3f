import random

for s in [0, 1, 42, -7, 2**32, 2**64 + 12345, 10**40, "hello", b"bytes", bytearray(b"ba"), "", 3.5]:
    random.seed(s)
    print(repr(s), [random.random() for _ in range(6)])
    print(" bits", [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 65, 100, 200)])
    print(" randrange", [random.randrange(10) for _ in range(12)], random.randrange(5, 10**30, 7))
    print(" randint", [random.randint(-3, 3) for _ in range(12)])

random.seed(12345)
print(sum(random.random() for _ in range(5000)))
print([random.randrange(1000000) for _ in range(20)])
r = random.Random(99)
print(r.randbytes(0), r.randbytes(5), r.randbytes(17))
random.seed("text", version=1)
print(random.random())
random.seed(b"text", version=1)
print(random.random())
