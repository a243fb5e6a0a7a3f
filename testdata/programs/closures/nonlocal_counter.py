def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter(10)
inc(); inc(5)
print(get())
inc2, get2 = counter()
inc2()
print(get(), get2())
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)
print([c.cell_contents for c in inc.__closure__])
