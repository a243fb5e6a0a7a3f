vals = [0.1, 1/3, 1e-310, 2**53 + 1.0, 123456789.987654321, -0.0, 1e23, [1.5, "s"], ("t",), {"k": (1, None)}, b"\x00a", "é\n", frozenset(), set(), range(2)]
for v in vals:
    r = repr(v)
    back = eval(r)
    print(r, back == v or (v != v), type(back).__name__)
