import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name


a = Obj("a")
r = weakref.ref(a)
print(r() is a, r() .name, type(r).__name__, type(r), weakref.ref is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(r == weakref.ref(a), hash(r) == hash(a), r.__callback__)
log = []
r_cb = weakref.ref(a, lambda wr: log.append(("cb", wr is r_cb)))
print(r_cb is r, r_cb.__callback__ is not None, weakref.getweakrefcount(a))
del a
gc.collect()
print(r(), r_cb(), log, r_cb.__callback__)
print(r == r, r != r_cb)
try:
    hash(r_cb)
except TypeError as e:
    print("TypeError", e)
for bad in [1, "s", (1,), [1], {}, None, 1.5, b"x"]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)


class MyList(list):
    pass


class MyInt(int):
    pass


print(weakref.ref(MyList())() is None or True)
try:
    weakref.ref(MyInt(3))
except TypeError as e:
    print("TypeError", e)


def func():
    return 42


print(weakref.ref(func)()(), weakref.ref(Obj)() is Obj, weakref.ref({1, 2})() is None or True)

o = Obj("m")
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, isinstance(wm, weakref.ref))
del o
gc.collect()
print(wm())
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print("TypeError", e)


class Sub(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra


s_obj = Obj("s")
try:
    Sub(s_obj, None, "extra")
except TypeError as e:
    print("TypeError", e)


class Sub2(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.extra = "extra"


sub = Sub2(s_obj)
print(sub() is s_obj, sub.extra, isinstance(sub, weakref.ref), sub is not weakref.ref(s_obj))
