def f():
    type A = [y := 1 for x in z]
