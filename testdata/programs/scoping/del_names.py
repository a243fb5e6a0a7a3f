a = 1
del a
try:
    a
except NameError as e:
    print(e)
def f():
    b = 1
    del b
    try:
        return b
    except UnboundLocalError as e:
        return str(e)
print(f())
l = [1, 2, 3]; d = {"k": 1}
del l[0], d["k"]
print(l, d)
class O: pass
o = O(); o.attr = 1; del o.attr; print(hasattr(o, "attr"))
