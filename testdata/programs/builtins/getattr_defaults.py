class Cfg:
    name = "cfg"
c = Cfg()
for attr in ["name", "missing", "__class__"]:
    print(attr, getattr(c, attr, "<none>") if attr != "__class__" else getattr(c, attr).__name__)
setattr(c, "dyn", [1])
print(c.dyn, hasattr(c, "dyn"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
import operator
print(operator.add(1, 2), operator.neg(3), operator.getitem([5, 6], 1), operator.contains("abc", "b"), operator.truth(0))
