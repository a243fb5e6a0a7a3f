a = "hello"
b = a
a += " world"
print(a, b, a is b)
s = "x" * 3
t = "".join(["x"] * 3)
print(s == t, len(s), s.upper() is not s)
chars = list("spam")
chars[0] = "S"
print("".join(chars), "spam"[::-1][::-1] == "spam", "abc".replace("", "-"))
