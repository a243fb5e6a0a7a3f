from functools import partial
def power(base, exp):
    return base ** exp
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), sq.func is power, sq.keywords, sq.args)
p = partial(partial(power, 2), 10)
print(p(), p.args)
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(str, sq, lambda v: v + 1)(3))
print(repr(partial(power, 1)).startswith("functools.partial(<function power"))
