def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 2]), first("ab"))
tp = first.__type_params__
print(len(tp), tp[0].__name__, type(tp[0]).__name__, repr(tp[0]))
print(first.__annotations__["return"] is tp[0])
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
print([p.__name__ for p in pair.__type_params__], pair(1, "x"))
def plain(): pass
print(plain.__type_params__)
