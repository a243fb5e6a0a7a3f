def f():
    for x in y:
        if x:
            while z:
                x = = 1
