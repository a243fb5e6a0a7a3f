class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        return f"missing:{name}"
class Log:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
d = Dyn()
print(d.real, d.other, getattr(d, "zzz"), getattr(d, "real", 0))
l = Log()
l.x = 3
print(l.x)
del l.x
print(hasattr(l, "x"))
