def f(x):
    try:
        if x == 0:
            return "early"
        if x == 1:
            raise ValueError("one")
        return "normal"
    except ValueError as e:
        print("caught", e)
        return "from except"
    finally:
        print("finally", x)
for x in range(3):
    print(f(x))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "h done"
print(h())
