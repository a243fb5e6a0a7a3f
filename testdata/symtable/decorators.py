@dec1
@dec2(arg)
def f(): pass
@cdec
class C: pass
