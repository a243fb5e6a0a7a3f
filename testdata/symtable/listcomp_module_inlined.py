ys = [x for x in range(10) if x % 2]
x = 5
