def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("zero!")
        r = None
    except (TypeError, ValueError) as e:
        print("type:", type(e).__name__)
        r = None
    else:
        print("no error")
    finally:
        print("always")
    return r
print(div(1, 2))
print(div(1, 0))
print(div("a", 2))
