def f():
    exec("y = 5")
    try:
        return y
    except NameError as e:
        return "NameError: " + str(e)
print(f())
def g():
    ns = {}
    exec("y = 5", globals(), ns)
    return ns["y"]
print(g())
z = 1
exec("z += 1")
print(z, eval("z * 10"))
