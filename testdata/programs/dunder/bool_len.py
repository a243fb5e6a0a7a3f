class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(2)), not L(0))
class Bad:
    def __len__(self): return -1
try:
    bool(Bad())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()), len(Both()))
print(bool(object()), L(0) or "fallback", L(3) and "yes")
