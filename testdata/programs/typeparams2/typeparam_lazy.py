# PEP 695 scopes: lazy bounds, parameters seen from methods, nested functions and classes.
class Node[T: Payload]:
    def __init__(self, value: T):
        self.value = value
    def children[C: (list, tuple)](self, kind: type[C]) -> C:
        return kind([self.value])

class Payload:
    pass

(T,) = Node.__type_params__
print(T, T.__bound__ is Payload, Node.children.__type_params__[0].__constraints__)
print(Node(1).children(list), Node(2).children(tuple), Node.__init__.__annotations__["value"] is T)

def outer[A]():
    def middle[B]():
        def inner():
            return A, B
        return inner()
    return middle, middle()
middle, (a, b) = outer()
print(a is outer.__type_params__[0], b is middle.__type_params__[0], a is not b)

class Container[T]:
    class Nested[U]:
        seen = T
        def pair(self) -> tuple[T, U]:
            return (T, U)
    def get(self) -> T:
        return T
print(Container.Nested.seen is Container.__type_params__[0])
print(Container.Nested().pair(), Container().get())
print(Container.Nested.__type_params__, Container.Nested.__qualname__)

X = "global X"
def shadow[X](x: X = X) -> X:
    return x
print(shadow(), shadow.__type_params__, shadow.__annotations__["return"])

def defaults[T](a=[], *, b: T = 2): return a, b
print(defaults(), defaults.__kwdefaults__, defaults.__type_params__)

def lam[T]():
    return [lambda: T for _ in range(2)]
print([f() for f in lam()], lam.__type_params__)

class Meta(type):
    pass
class WithMeta[T](metaclass=Meta):
    pass
print(type(WithMeta).__name__, WithMeta.__type_params__, WithMeta.__parameters__)
