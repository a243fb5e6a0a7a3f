from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d)
d.extendleft("ab")
print(d, d.index(d[2]), d.count(d[2]), d[0], d[-1])
d.remove(d[1])
d.reverse()
print(d, list(reversed(d)), 4 in d, "a" in d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
