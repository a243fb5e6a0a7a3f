type Point = tuple[float, float]
print(type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf.__value__, ListOf[int], ListOf[int].__args__)
type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError", e)
Undefined = int
print(Lazy.__value__)
print(repr(Point), Point.__module__)
type Rec = list[Rec] | int
print(Rec.__value__)
