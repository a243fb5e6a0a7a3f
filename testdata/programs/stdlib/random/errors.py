import random

r = random.Random(0)
tests = [
    lambda: r.randrange(0),
    lambda: r.randrange(-5),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(5, 1, 1),
    lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(10, 0, 2),
    lambda: r.randrange(10.0),
    lambda: r.randrange(0, 10.5),
    lambda: r.randrange("3"),
    lambda: r.randrange(10, step=2),
    lambda: r.randint(5, 1),
    lambda: r.choice([]),
    lambda: r.choice(""),
    lambda: r.sample(range(3), 4),
    lambda: r.sample(range(3), -1),
    lambda: r.sample({1, 2, 3}, 1),
    lambda: r.sample({1: 2}, 1),
    lambda: r.sample([1, 2], 1, counts=[1]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]),
    lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]),
    lambda: r.choices([1, 2], [1]),
    lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
    lambda: r.choices([1, 2], [0, 0]),
    lambda: r.choices([1, 2], [1, float("inf")]),
    lambda: r.choices([1, 2], 3),
    lambda: r.choices([], k=1),
    lambda: r.getrandbits(-1),
    lambda: r.gammavariate(0, 1),
    lambda: r.gammavariate(1, -1),
    lambda: r.binomialvariate(-1, 0.5),
    lambda: r.binomialvariate(3, 1.5),
    lambda: r.seed([1, 2]),
    lambda: r.seed({}),
    lambda: random.Random(1, 2),
    lambda: r.randbytes(-1),
    lambda: r.expovariate(0),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
print(r.randrange(3, 10, 2), r.randrange(10, 0, -3), r.randrange(-10, -2), r.randint(7, 7))
print(r.choices([1, 2], k=0), r.sample([], 0), r.getrandbits(0))
