lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda *, k: k
lambda *, k=1: k
lambda a, /: a
lambda a, /, b: a
lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lambda a=1, /, b=2, *, c, d=4, **e: 0
lambda a, b, /, *, c: 0
lambda *a, b: 0
lambda: (yield)
lambda: lambda: lambda x: x
lambda x: (lambda y: x + y)
