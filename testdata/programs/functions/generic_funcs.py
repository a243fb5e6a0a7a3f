def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2]), first("ab"), first.__type_params__)
type Pair[K] = tuple[K, K]
print(Pair.__name__, Pair.__value__, Pair.__type_params__)
class Box[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box(5).get(), Box.__type_params__)
