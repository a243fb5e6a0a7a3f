print(int("10"), int(3.99), int("-12"), float("3.5"), float(2), str(12), repr("a"), bool(""), complex(1))
print(hex(255), oct(8), bin(5), chr(97), ord("a"), ascii("ü"), bytes([1, 2]), bytearray(2), list("ab"), tuple([1]))
print(dict([("a", 1)]), set([1, 1]), frozenset(), int("0x1f", 16), int("1_000"), float("-inf"), round(3.14159, 3))
print(format(0.5, "%"), int(), float(), str(), list(), tuple(), dict())
