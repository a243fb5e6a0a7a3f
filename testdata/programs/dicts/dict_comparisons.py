print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print("TypeError", e)
from collections import OrderedDict
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
print({"k": [1, 2]} == {"k": [1, 2]}, {1: {2: {3: 4}}} == {1: {2: {3: 4}}})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max({"x": 3, "y": 9}, key={"x": 3, "y": 9}.get), min({"a": 5, "b": 1}.values()))
