def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
g["injected"] = 99
print(injected, "f" in globals(), __name__)
def closure():
    x = 1
    def inner():
        return x
    return inner.__closure__[0].cell_contents
print(closure())
print(eval("a + 1", {"a": 41}), eval("x * 2", {}, {"x": 5}))
ns = {}
exec("def h():\n    return 'from exec'\nval = h()", ns)
print(ns["val"])
