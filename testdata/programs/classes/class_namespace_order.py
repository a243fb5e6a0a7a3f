class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns):
        print("new", name, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=Meta):
    b = 2
    a = 1
    def z(self): pass
print(K.injected, type(K).__name__)
print([k for k in vars(K) if not k.startswith("__")])
