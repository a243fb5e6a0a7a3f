class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class P:
    x = Field()
    y = Field()
p = P()
p.x = 1
print(p.x, p.y, sorted(vars(p)))
print(type(P.x).__name__, P.x.name)
class Late: pass
f = Field()
Late.z = f
print(hasattr(f, "name"))
