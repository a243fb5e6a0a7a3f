def f[T: int, U: (str, bytes), *Ts, **P](): pass
T, U, Ts, P = f.__type_params__
print(T.__name__, T.__bound__, T.__constraints__)
print(U.__name__, U.__bound__, U.__constraints__)
print(type(Ts).__name__, Ts.__name__, type(P).__name__, P.__name__)
print(repr(T), repr(Ts), repr(P), P.args, P.kwargs)
def g[X: Undef](): pass
(X,) = g.__type_params__
try:
    X.__bound__
except NameError as e:
    print("NameError", e)
Undef = str
print(X.__bound__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
