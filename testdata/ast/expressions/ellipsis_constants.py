...
x = ...
None
True
False
x = None if True else False
f(..., None, True)
