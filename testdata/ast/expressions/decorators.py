@d
def f(): pass
@d.e.f
def f(): pass
@d(1, k=2)
def f(): pass
@d[0]
def f(): pass
@(lambda f: f)
def f(): pass
@a if b else c
def f(): pass
@x := y
def f(): pass
@a @ b
def f(): pass
@d1
@d2(x)
@d3.attr[1](2)
class C: pass
@f()()
async def g(): pass
@[x][0]
def h(): pass
@not_a or b
def i(): pass
