s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("z"), s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"))
print(s.find("a", 1), s.find("a", 1, 3), s.find("", 5), s.find("", 20), s.count(""), "".count(""))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.endswith("bra", 0, 4), s.startswith("cad", 4))
print(s.find("a", -3), s.count("a", -5, -1))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError", e)
