try:
    {}["missing"]
except KeyError:
    print("handling")
    raise TypeError("while handling")
