a = b = c = 5
a += 1
print(a, b, c)
l = m = [1]
l += [2]
print(m, l is m)
t = u = (1,)
t += (2,)
print(t, u, t is u)
s = "x"
s *= 3
print(s)
n = 10
n //= 3; n **= 2; n %= 5; n <<= 3; n |= 1; n ^= 2; n &= 0xF; n >>= 1
print(n)
d = {"k": [0]}
d["k"][0] += 7
d.setdefault("j", []).append(1)
print(d)
