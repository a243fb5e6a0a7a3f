class Range3:
    def __iter__(self):
        yield from range(3)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Range3()), list(Countdown(3)), sum(Countdown(4)), list(zip(Range3(), Countdown(5))))
c = Countdown(2)
print(list(c), list(c), iter(c) is c)
g = (i for i in range(2))
print(iter(g) is g, hasattr(g, "send"))
