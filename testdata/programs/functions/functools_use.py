import functools, operator
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
p = functools.partial(int, base=2)
print(p("1011"), functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
@functools.singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
@kind.register(list)
def _(x):
    return "list"
print(kind(1), kind([]), kind("s"), kind(True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
