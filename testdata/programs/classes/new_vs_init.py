class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(-5) + 1).__name__)
