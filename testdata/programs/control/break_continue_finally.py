for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f())
def g():
    while True:
        try:
            break
        finally:
            print("cleanup")
    return "after loop"
print(g())
