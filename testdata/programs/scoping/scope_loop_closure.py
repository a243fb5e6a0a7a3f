def make():
    fs = []
    for i in range(3):
        def f(j=i):
            return i, j
        fs.append(f)
    return fs
print([f() for f in make()])
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return [add(i) for i in range(5)]
print(counter_gen())
x = 0
def bump():
    global x
    for _ in range(3):
        x += 1
bump(); print(x)
