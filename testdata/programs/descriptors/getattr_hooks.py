class G:
    y = 10
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("z"):
            return name.upper()
        raise AttributeError(name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = G()
print(g.x, g.y, g.secret, g.zed)
print(getattr(g, "nope", "default"))
print(hasattr(g, "zz"), hasattr(g, "qq"))
class S:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = S()
s.a = 3
print(s.a)
del s.a
print(hasattr(s, "a"))
