a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
from collections import OrderedDict, defaultdict
print(type(OrderedDict(a) | b).__name__, type(b | OrderedDict(a)).__name__)
dd = defaultdict(int, a)
print(type(dd | b).__name__, dict(dd | b))
