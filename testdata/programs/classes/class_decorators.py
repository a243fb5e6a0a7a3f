def register(cls):
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
print(Item("pen", 3), Item.registered)
import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
print(Ver(1, 2) <= Ver(1, 3), Ver(2) >= Ver(1, 9), Ver(1) > Ver(1))
