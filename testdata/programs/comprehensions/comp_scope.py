x = 10
print([x for x in range(3)], x)
y = [x * 2 for _ in range(2)]
print(y)
class C:
    a = 5
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = "NameError"
    d = [i for i in range(a)]
print(C.c, C.d)
print([(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([w := n * n for n in range(4)], w)
