print(abs(-3), abs(-2.5), abs(3 + 4j), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 0.5), pow(-8, 1 / 3).real > 0)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(123, -1), round(125, -1))
print(max(1, 2.5), min([3, 1.0, 2]), sum(range(101)), sum([], 0.0), int.bit_count(255), (255).bit_length())
print(7 .__add__(1), (7).__radd__(1), int.__add__(2, 3), (5).conjugate(), (3).numerator, (3.5).real)
