import gc
import weakref

print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=2), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage, gc.callbacks, gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_finalized(object()))
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())


class Node:
    def __init__(self):
        self.other = None


# a reference cycle is collected once unreachable
a, b = Node(), Node()
a.other, b.other = b, a
ra, rb = weakref.ref(a), weakref.ref(b)
del a, b
gc.collect()
print(ra(), rb())

died = []


class Watched:
    pass


w = Watched()
weakref.finalize(w, died.append, "w died")
w2 = w
del w
gc.collect()
print(died)
del w2
gc.collect()
print(died)
