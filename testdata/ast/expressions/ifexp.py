a if b else c
(a if b else c) if (d if e else f) else (g if h else i)
x = lambda: 1 if a else 2
[a if b else c for a in d if e]
f(a if b else c)
