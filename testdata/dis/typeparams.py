# PEP 695: generic functions and classes, type aliases, bounds and constraints.
def first[T](xs: list[T], d=None, *, k=1) -> T:
    return xs[0]

class Box[T: int, *Ts, **P](Base):
    def get(self) -> T:
        return self.item

type Pair[K, V: (int, str)] = tuple[K, V]
type Alias = int
