def tokenize(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(int(num)); num = ""
        if ch in "+-*/()":
            out.append(ch)
        elif ch == " ":
            pass
        else:
            raise ValueError(f"bad char {ch!r}")
    if num:
        out.append(int(num))
    return out
print(tokenize("12 + 3*(40-1)"))
try:
    tokenize("1 $ 2")
except ValueError as e:
    print(e)
