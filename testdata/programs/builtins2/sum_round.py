# sum (ints, floats with compensation, start values) and round (ints, floats, __round__).

print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 0.5, 2]), sum([True, True, True]), sum([2**63, 2**63]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.25, 0.5], start=1))
print(sum([1.5, 2**70]), sum([float("inf"), 1.0]), sum([-0.0, -0.0]))
for bad in [lambda: sum(["a", "b"]), lambda: sum([1], "x"), lambda: sum([b"a"], b""), lambda: sum(5),
            lambda: sum(), lambda: sum([1, "a"]), lambda: sum(iterable=[1])]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(0.125, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 3))
print(round(1e300, 2), round(5e-324, 400), round(1.0, None), type(round(1.5)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return ("rounded", self.cents, ndigits)


print(round(Money(150)), round(Money(150), 1))
for bad in [lambda: round("1.5"), lambda: round(1.5, "x"), lambda: round(float("inf")),
            lambda: round(float("nan")), lambda: round(object())]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(abs(-3), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(base=2, exp=8), pow(2, 3, mod=3))
