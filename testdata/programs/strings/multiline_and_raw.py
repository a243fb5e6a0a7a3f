s = """line one
    indented
last"""
print(s, len(s.splitlines()))
r = r"C:\new\table\x41"
print(r, len(r), "C:\new"[2] == "\n", rb"\x00", len(rb"\x00"))
print("implicit" " concatenation" ' works', "tab\there", 'quote\'s', "back\\slash")
print("\x41\101\u0041\U00000041", "a\
b")
