def t(v):
    print("eval", v)
    return v
print(t(0) or t(2), t(1) and t(0), not t(""), t([]) or t(None))
print(1 if t(0) else 2, [] or "default", 0 and 1/0)
a = 5
print(1 < a < 10, a == 5 != 6, a is not None, 3 in [1, 2, 3], 4 not in (1, 2))
print(True == 1, True is True, isinstance(True, int), True & False, True | False, True ^ True)
