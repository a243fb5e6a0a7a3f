# types.UnionType: X | Y on classes, None, generic aliases, type aliases and unions.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__)
print(int | None, None | int, (int | None).__args__)
print(int | str | int, (int | str) | (str | bytes), int | int, (int | int) is int)
print(list[int] | None, list[int] | list[int], dict[str, int] | list[int] | int)
print((int | str) == (str | int), (int | str) != (int | bytes), (int | str).__hash__() == (str | int).__hash__())
print((int | str | None).__args__, (int | str).__parameters__)

class A: pass
class B(A): pass
print(A | B, B | None)
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(isinstance(B(), (int, A | str)), isinstance(3, (str, (bytes, int | None))))
print(issubclass(bool, int | str), issubclass(B, str | A), issubclass(A, B | int))

attempt("int | 3", lambda: int | 3)
attempt("3 | int", lambda: 3 | int)
attempt("str", lambda: int | "str")
attempt("list[int]", lambda: isinstance([], list[int]))
attempt("union generic", lambda: isinstance([], int | list[int]))
attempt("short circuit", lambda: isinstance(3, int | list[int]))
attempt("issubclass generic", lambda: issubclass(list, list[int]))
attempt("arg 1", lambda: issubclass(3, int | str))
attempt("arg 2", lambda: isinstance(3, 3))
attempt("tuple arg 2", lambda: isinstance("x", (int, 3)))
attempt("create", lambda: type(int | str)())
attempt("subscript", lambda: (int | str)[int])

type Alias = int
print(Alias | None, int | Alias, (Alias | str).__args__)

def g[T](): pass
(T,) = g.__type_params__
gen = list[T] | None
print(gen, gen.__parameters__, gen[int], (dict[str, T] | T | int).__parameters__)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
