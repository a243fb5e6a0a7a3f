# typing.Generic: explicit and implicit (PEP 695) generic classes, their aliases and errors.
import typing
from typing import Generic, TypeVar

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

T = TypeVar("T")
U = TypeVar("U")

class Old(Generic[T]):
    def __init__(self, v=None):
        self.v = v
print(Old.__bases__, Old.__orig_bases__, Old.__parameters__, Old.__mro__)
print(Old[int], type(Old[int]).__name__, Old[int].__origin__ is Old, Old[int].__parameters__)
o = Old[int](5)
print(o.v, o.__orig_class__, type(o) is Old)

class Two[A, B]:
    pass
print(Two.__bases__, Two.__orig_bases__, Two.__parameters__, Generic in Two.__mro__)
print(Two[int, str], Two[T, int].__parameters__, Two[T, int][str], Two[list[T], U][int, bytes])
attempt("too many", lambda: Two[int, str, bytes])
attempt("too few", lambda: Two[int])
attempt("not generic", lambda: Two[int, str][int])

class Concrete(Two[int, str]):
    pass
print(Concrete.__bases__, Concrete.__orig_bases__, Concrete.__parameters__)
attempt("concrete", lambda: Concrete[int])

class Partial[X](Two[X, int]):
    pass
print(Partial.__bases__, Partial.__parameters__, [c.__name__ for c in Partial.__mro__])

class Mixed(Old[T], Generic[T, U]):
    pass
print(Mixed.__parameters__, [c.__name__ for c in Mixed.__mro__])

attempt("generic int", lambda: Generic[int])
attempt("generic dup", lambda: Generic[T, T])
attempt("generic empty", lambda: Generic[()])
attempt("generic again", lambda: Generic[T][int])

def plain():
    class P(Generic):
        pass
def missing():
    class P(Old[T], Generic[U]):
        pass
def twice():
    class P(Generic[T], Generic[U]):
        pass
attempt("plain", plain)
attempt("missing", missing)
attempt("twice", twice)

print(typing.Generic, Generic[T], Generic[T].__mro_entries__((Generic[T],)))
print(typing.get_origin(Two[int, str]) is Two, typing.get_args(Two[int, str]), typing.get_origin(int | str))
print(typing.get_args(list[int]), typing.get_origin(int), typing.get_args(int))
