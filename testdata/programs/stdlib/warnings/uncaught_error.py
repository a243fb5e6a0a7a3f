import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


warnings.simplefilter("error")
print("before")
old_api()
print("not reached")
