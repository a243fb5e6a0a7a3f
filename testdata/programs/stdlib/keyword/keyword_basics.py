import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ["if", "If", "match", "case", "type", "_", "print", "None", "async", "await", "", "nonlocal"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
