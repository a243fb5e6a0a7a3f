x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 4; x >>= 1; x |= 1; x &= 0xff; x ^= 0b101
print(x)
s = "ab"; s += "c"; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l2, l is l2)
t = (1,); t2 = t; t += (2,); print(t2, t is t2)
f = 1.5; f /= 2; f -= 0.25; print(f)
d = {"k": 1}; d["k"] += 10; print(d)
class O: pass
o = O(); o.v = 1; o.v *= 7; print(o.v)
