def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__, g.__name__)
for v in g:
    print(v)
print(list(g))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fibs(), 15)))
def ret():
    yield 1
    return 99
print(list(ret()))
