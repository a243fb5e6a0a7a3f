def gen_adders():
    for i in range(3):
        yield lambda x: x + i
adders = list(gen_adders())
print([a(10) for a in adders])
adders = [a for a in gen_adders()]
print([a(10) for a in adders])
lazy = gen_adders()
print([a(10) for a in lazy])
def accum():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accum()
print(list(map(acc, [1, 2, 3, 4])))
