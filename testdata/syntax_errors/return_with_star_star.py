def f():
    return **a
