# typing.Union, typing.Optional and typing.Unpack; | with type variables and typing aliases.
import typing
from typing import Union, Optional, Unpack, TypeVar

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

T = TypeVar("T")
print(Union, Optional, Unpack, type(Union).__name__, Union.__name__)
print(Union[int, str], Union[int], Union[int, None], Optional[int], Union[None, int], Union[int, str, None])
print(Union[int, str] | None, Union[int, Union[str, bytes]], Union[int, int | str], Union[list[int], list[int]])
print(T | int, int | T, T | None, None | T, T | T, type(T | int).__name__)
print(Union[int, str] == (int | str), Union[int, str] == Union[str, int], (int | str) == Union[int, str])
print(Union[int, str].__hash__() == (str | int).__hash__(), Union[int, str] != Union[int, bytes])
print(isinstance(3, Union[int, str]), issubclass(bool, Optional[int]), isinstance(3, Union[str, None]))
print(isinstance(None, Optional[str]), isinstance(3, (str, Union[bytes, int])))
print(Union[int, str].__args__, Union[int, T].__parameters__, Union[int, T][str], Union[int, list[T]][str])
print(typing.get_origin(Union[int, str]), typing.get_args(Optional[int]), typing.get_origin(int | str))
attempt("empty", lambda: Union[()])
attempt("optional pair", lambda: Optional[int, str])
attempt("instantiate", lambda: Union())
attempt("too many", lambda: Union[int, T][str, int])
attempt("not generic", lambda: Union[int, str][int])

class A[X]:
    pass
print(A[int] | None, None | A[int], A[int] | str, A[int] | A[str], list[int] | Union[int, str])

def f[*Ts](*args: *Ts) -> tuple[int, *Ts]:
    return args
(Ts,) = f.__type_params__
print(f(1, "a"), f.__annotations__, [*Ts], Unpack[Ts], type(Unpack[Ts]).__name__)
print(f.__annotations__["return"].__parameters__, Unpack[T].__args__, Unpack[Ts].__origin__ is Unpack)

attempt("call TypeVar", lambda: T())
attempt("no attribute", lambda: T.missing)
attempt("class attribute", lambda: typing.TypeVar.missing)
attempt("union operand", lambda: (int | str) | 3)
attempt("subclass", lambda: type("Sub", (typing.TypeVar,), {}))
print(type(T).__name__, type(T).__qualname__, type(T).__module__, typing.TypeVar)

P = typing.ParamSpec("P")
type Alias = int
for base in (T, P, Ts, Alias, int | str, Union[int, str], Union):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("base", repr(base), type(e).__name__, e)
