data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = 0
def read():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(read, 0)))
print(pos)
chunks = iter(lambda s=iter("abcdefgh"): "".join(next(s, "") for _ in range(3)), "")
print(list(chunks))
