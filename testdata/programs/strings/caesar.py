def caesar(s, k):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! ünïcode stays"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
print(sorted(set(c.lower() for c in msg if c.isalpha())))
from collections import Counter
print(Counter(msg.lower()).most_common(3))
