# getattr/setattr/delattr/hasattr, vars(obj), dir(obj), callable, id and hash usage.


class Config:
    debug = False

    def __init__(self):
        self.name = "cfg"


c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "default"))
setattr(c, "level", 3)
print(c.level, hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "debug"))
delattr(c, "level")
print(hasattr(c, "level"), vars(c))
vars(c)["extra"] = 1
print(c.extra, sorted(vars(Config).keys() & {"debug", "__init__", "zzz"}))
for bad in [lambda: getattr(c, "missing"), lambda: getattr(c, 5), lambda: setattr(1, "x", 2),
            lambda: delattr(c, "nothing"), lambda: vars(5), lambda: hasattr(c), lambda: getattr(c)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)


z = Lazy()
print(getattr(z, "xyz"), hasattr(z, "abc"), getattr(z, "abc", None))


class Shown:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Shown()))
print([n for n in dir(c) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(str))
print(callable(len), callable(Config), callable(c), callable(lambda: 0), callable(5))
print(id(c) == id(c), id(c) != id(Config()), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(2**61 - 1), hash(0.5))
try:
    hash([1])
except TypeError as ex:
    print(type(ex).__name__, ex)
