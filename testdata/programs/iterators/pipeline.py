def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(take(4, squares(evens(numbers(100))))))
print(list(pairwise(squares(range(5)))))
print(list(take(10, numbers(3))))
