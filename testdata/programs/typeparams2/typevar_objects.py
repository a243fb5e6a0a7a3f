# TypeVar, ParamSpec and TypeVarTuple made by hand and by PEP 695 parameter lists.
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

T = TypeVar("T")
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Inf = TypeVar("Inf", infer_variance=True)
print(T, B, C, Co, Contra, Inf)
print(T.__name__, T.__bound__, T.__constraints__, B.__bound__, C.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__, Inf.__infer_variance__)
print(T.__module__, type(T).__name__, type(T).__module__, type(T) is typing.TypeVar)
print(T == T, T == TypeVar("T"), T is not B)

attempt("single", lambda: TypeVar("X", int))
attempt("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("infer", lambda: TypeVar("X", covariant=True, infer_variance=True))
attempt("both", lambda: TypeVar("X", int, str, bound=int))
attempt("name", lambda: TypeVar(3))
attempt("kw", lambda: TypeVar("X", variance=1))

P = ParamSpec("P")
Q = ParamSpec("Q", covariant=True)
print(P, Q, P.args, P.kwargs, P.__name__, P.__bound__, P.__module__)
print(P.args.__origin__ is P, P.args == P.args, P.args == Q.args, P.kwargs != P.kwargs)
print(type(P.args).__name__, type(P.kwargs).__name__, type(P.args) is typing.ParamSpecArgs)

Ts = TypeVarTuple("Ts")
print(Ts, Ts.__name__, repr(Ts), type(Ts).__name__, Ts.__module__)

def f[A, B: str, C: (int, bytes), *Vs, **R](): pass
A2, B2, C2, Vs, R = f.__type_params__
print(A2, B2, C2, Vs, R, R.args, R.kwargs)
print(A2.__module__, B2.__bound__, C2.__constraints__, A2.__infer_variance__, R.__infer_variance__)
print(type(A2)("Made"), type(R)("MadeP"), type(Vs)("MadeTs"))
A2.note = "attributes can be added"
print(A2.note)

def bad[X: Missing, Y: (Missing, int)](): pass
X, Y = bad.__type_params__
attempt("bound", lambda: X.__bound__)
attempt("constraints", lambda: Y.__constraints__)
Missing = float
attempt("bound again", lambda: X.__bound__)
attempt("constraints again", lambda: Y.__constraints__)
del Missing
print("cached", X.__bound__)
