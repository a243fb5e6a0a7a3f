class Reg:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Reg[int], Reg["x"], Reg[1, 2])
T = type("T", (object,), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
t = T()
print(T.__name__, t.hello(), T.__bases__, type(T).__name__)
M = type("M", (T,), {"x": 2})
print(M().hello(), issubclass(M, T), isinstance(M(), T))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
