class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __call__(cls, *a):
        print("creating", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta, tag="base"):
    def m(self): pass
class Child(Base):
    x = 1
print(Base.tag, Child.tag, type(Child).__name__)
c = Child()
print(type(c).__name__)
Dyn = type("Dyn", (object,), {"v": 3, "get": lambda self: self.v})
print(Dyn().get(), Dyn.__name__, type(Dyn) is type)
