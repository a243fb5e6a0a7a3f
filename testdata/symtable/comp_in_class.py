class C:
    a = 1
    b = [a for _ in range(2)]
    c = [x for x in range(a)]
