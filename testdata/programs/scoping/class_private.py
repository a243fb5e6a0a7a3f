class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._prot = "prot"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
b = B()
print(b.reveal(), b._B__secret, b._A__secret, sorted(vars(b)))
try:
    b.__secret
except AttributeError as e:
    print("AttributeError")
