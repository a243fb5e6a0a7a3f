type = 1
type.x = 2
type(x)
type[T] = 3
print(type)
type X = type
type type = int
type match = case
type _ = None
