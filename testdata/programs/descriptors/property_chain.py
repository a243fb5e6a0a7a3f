class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "celsius doc"
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(Temp.celsius.__doc__, Temp.celsius.fget.__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
p2 = Temp.celsius.getter(lambda self: -1)
print(p2.fget(t), p2.fset is Temp.celsius.fset)
