tests = [
    lambda: 1 / 0, lambda: [][1], lambda: {}["x"], lambda: int("x"), lambda: None.foo,
    lambda: "a" + 1, lambda: undefined_name, lambda: [].pop(), lambda: next(iter([])),
    lambda: (1).bit_length(1), lambda: int.from_bytes(), lambda: {}.popitem(), lambda: 2 ** 10000 * 1.0,
    lambda: "abc".index("z"), lambda: list.append(), lambda: float("x"), lambda: tuple()[0], lambda: 10 % 0,
    lambda: [1, 2].remove(3), lambda: divmod(1, 0.0), lambda: chr(-1), lambda: ord("ab"), lambda: "x" * "y",
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
