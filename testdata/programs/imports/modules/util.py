def helper(x):
    return x * 2

_private = "hidden"
public = "visible"
