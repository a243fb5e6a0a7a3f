import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
l = [1]
l.append(l)
d = {"k": None}
d["k"] = d
print(l, d)
