s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.index("cad"), s.count("a"), s.count(""), s.find(""))
print(s.startswith("abr"), s.startswith("bra", 1), s.endswith(("x", "ra")), "cad" in s, s.replace("a", "", 3))
print(sorted(["b", "B", "a", "A", "_", "1"]), "apple" < "apricot", "a" * 3 < "aaaa", min(["x", "X"]))
print("Hello".lower() == "hello", "ß".casefold() == "ss", "ABC".isupper(), "abc1".islower(), "".isupper())
