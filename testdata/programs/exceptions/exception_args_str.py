for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(None), KeyError(), KeyError(""), KeyError("k", "v"), ValueError(42)]:
    print(repr(e), "|", str(e), "|", e.args)
class WithInit(Exception):
    def __init__(self, x):
        self.x = x
w = WithInit(5)
print(repr(w), str(w), w.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        pass
print(repr(NoSuper(1, 2)), NoSuper(1, 2).args)
