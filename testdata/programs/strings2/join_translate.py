print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), sorted(t.items()))
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("Hello".encode(), "héllo".encode("utf-8"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print(b"h\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
