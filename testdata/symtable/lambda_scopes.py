f = lambda a, b=c: a + b + d
def g(x):
    return lambda y: x + y
