class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("got", e)
with (CM("p1") as p, CM("p2")):
    print("paren", p)
