import re
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-17")
print(m.group(0), m.group("y"), m.groups(), m.groupdict(), m.span(2), m.start(), m.end())
print(re.split(r"[,;]\s*", "a, b;c,d"), re.fullmatch(r"[a-z]+", "abc") is not None, re.search("x", "abc"))
p = re.compile(r"(\w)(\1)", re.I)
print([m.group() for m in p.finditer("aAbbcdde")], re.sub(r"\s+", " ", "a   b \n c"), re.escape("a.b*c"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"), re.subn("a", "b", "aaa"))
