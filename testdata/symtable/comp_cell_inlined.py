def f():
    return [lambda: y for y in range(3)], [z for z in range(2)]
