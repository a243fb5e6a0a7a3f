def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
evens = (x for x in noisy(6) if x % 2 == 0)
print("created")
print(next(evens))
print(next(evens))
import itertools
print(list(itertools.islice(noisy(100), 2)))
def take_until(it, stop):
    for v in it:
        if v == stop:
            return
        yield v
print(list(take_until(iter(range(10)), 4)))
