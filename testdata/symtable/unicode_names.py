def f(é):
    ñ = é
    return lambda: ñ
