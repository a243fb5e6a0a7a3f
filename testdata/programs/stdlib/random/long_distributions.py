import random

# pow and log (Java's and glibc's) may differ in the last bit: gamma and beta are compared to 12 digits
def g(x):
    return float(f"{x:.12g}")


for seed in (0, 31337, "seed", 2**70):
    r = random.Random(seed)
    print(seed)
    print(" gamma", [g(r.gammavariate(a, 1.5)) for a in (0.2, 0.7, 1.0, 1.3, 4.0, 30.0) for _ in range(5)])
    print(" beta", [g(r.betavariate(a, b)) for a, b in ((0.3, 0.3), (2, 3), (10, 1)) for _ in range(4)])
    print(" vonmises", [r.vonmisesvariate(m, k) for m, k in ((0.5, 0.1), (3.0, 10.0), (6.0, 1.0)) for _ in range(4)])
    print(" binomial", [r.binomialvariate(n, p) for n, p in ((50, 0.5), (1000, 0.01), (10**6, 0.3), (40, 0.45))
                        for _ in range(8)])
    print(" mixed", [round(r.expovariate(0.1), 6) for _ in range(10)], r.sample(range(30), 12))
    print(" walk", sum(r.gauss() for _ in range(2000)), sum(r.normalvariate() for _ in range(2000)))
