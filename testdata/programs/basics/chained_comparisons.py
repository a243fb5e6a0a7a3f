def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0 != 5 == 5.0 <= 5 >= 4, [] is not [], "a" < "b" < "c")
x = 5
print(0 <= x < 10, 0 < x < 5, x == 5 == 5.0, 2 < x in [5])
