*a, b = c
a, *b = c
a, *b, c = d
[*a] = b
(*a,) = b
for *a, b in c: pass
x = *a, *b
x = [*a, *b]
x = {*a, *b}
f(*a, *b)
print(*a)
return_ = lambda: (*a,)
def g():
    return *a, *b
def h():
    yield *a, *b
x[*a]
x[*a, *b] = c
x = (yield) if 0 else (*a, *b)
