class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(Adder(1), [1, 2])))
class Empty:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no")
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], bin(Idx()), range(10)[Idx()], "abc"[Idx():])
