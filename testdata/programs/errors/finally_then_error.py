try:
    print("try")
    raise LookupError("from try")
finally:
    print("finally runs first")
