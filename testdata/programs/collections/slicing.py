s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[1::3], s[::-1], s[-2:-8:-2], s[100:], s[-100:2], s[5:2])
s[2:4] = ["a", "b", "c"]; print(s)
s[::3] = [0] * len(s[::3]); print(s)
s[1:1] = [None]; print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
t = tuple(range(6)); print(t[1:4], t[::-1])
st = "abcdefgh"; print(st[1:-1], st[::-2], st[-1], st[:0])
sl = slice(1, 8, 3); print(sl, s[sl], sl.indices(5), slice(None).indices(3))
