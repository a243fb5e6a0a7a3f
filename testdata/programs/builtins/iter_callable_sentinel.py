data = [1, 2, 3, None, 5]
it = iter(data)
print(list(iter(lambda: next(it), None)))
class Count:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
print(list(reversed(range(4))), list(reversed((1, 2))), next(reversed({1: 2, 3: 4})))
class Rev:
    def __reversed__(self): return iter("custom")
print("".join(reversed(Rev())))
