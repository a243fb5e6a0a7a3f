if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
x = (y := 1)
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
[last := v for v in values]
{(k := 1): (v := 2)}
f(a := 1, b=(c := 2))
print(z := 3)
a[b := 1]
(x := (y := 3))
lambda: (x := 1)
assert (w := 1)
def g(p=(q := 1)):
    return (r := p)
