def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError", e)
