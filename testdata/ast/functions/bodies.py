def f(): return 1
def g(): x = 1; return x
def h():
    pass

def i():
    # comment
    return

def j():
    """doc"""
def k():
    ...
def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
