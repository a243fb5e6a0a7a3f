x = "module"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
def f():
    v = "func"
    class D:
        v = "class body"
        def get(self):
            return v
        seen = v
    return D().get(), D.seen
print(f())
a = "module a"
def g():
    a = "enclosing"
    class E:
        print("class body sees", a)
        a = "shadow"
        print("then", a)
    return a
print(g())
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c = Counter(); c.inc(); c.inc()
print(c.n, Counter.n)
