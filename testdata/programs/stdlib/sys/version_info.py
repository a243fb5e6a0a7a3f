import sys
v = sys.version_info
print(v, v.major, v.minor, v[:2], v >= (3, 8), v.releaselevel, type(v).__name__, len(v), tuple(v))
try:
    type(v)()
except TypeError as e:
    print(e)
