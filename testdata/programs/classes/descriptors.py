class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class M:
    a = Typed()
    nd = NonData()
m = M()
print(m.a)
m.a = 5
print(m.a, type(M.a).__name__, m.nd)
m.nd = "shadowed"
print(m.nd)
try:
    m.a = "x"
except TypeError as e:
    print(e)
class Bound:
    def meth(self): return "meth"
b = Bound()
f = Bound.__dict__["meth"].__get__(b, Bound)
print(f(), Bound.meth(b))
