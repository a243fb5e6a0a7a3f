# TypeAliasType: the type statement and typing.TypeAliasType.
import typing

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

type Point = tuple[float, float]
type Pair[K, V] = tuple[K, V]
print(Point, Pair, type(Pair) is typing.TypeAliasType, Pair.__module__)
print(Pair.__type_params__, Pair.__parameters__, Point.__parameters__, Pair.__value__)
print(Pair[int, str], Pair[int, str].__origin__ is Pair, Pair[int, str].__args__, type(Pair[int]).__name__)
print(Pair[int, str] == Pair[int, str], Pair[int] == Pair[str])
attempt("not generic", lambda: Point[int])

def setvalue():
    Point.__value__ = int
def setname():
    Point.__name__ = "Q"
def setother():
    Point.other = 1
attempt("set value", setvalue)
attempt("set name", setname)
attempt("set other", setother)

type Later = Defined | None
attempt("later", lambda: Later.__value__)
class Defined: pass
print(Later.__value__)

type Tree = int | list[Tree]
print(Tree.__value__, Tree.__value__.__args__[1].__args__[0] is Tree)

def make():
    type Local[T] = dict[str, T]
    return Local
L = make()
print(L, L.__value__, L.__value__[int] if False else L[int])

M = typing.TypeAliasType("M", list[int])
print(M, M.__value__, M.__type_params__, M.__module__)
T = typing.TypeVar("T")
N = typing.TypeAliasType("N", list[T], type_params=(T,))
print(N[str], N.__type_params__, N.__parameters__)
attempt("no value", lambda: typing.TypeAliasType("X"))
attempt("bad params", lambda: typing.TypeAliasType("X", int, type_params=3))
attempt("bad name", lambda: typing.TypeAliasType(3, int))

class C:
    type Inner = list[C]
print(C.Inner, C.Inner.__value__, C.Inner.__module__)
