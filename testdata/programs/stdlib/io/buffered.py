import io
import os

P = os.path.join(os.path.dirname(__file__), "_tmp_buffered.bin")
with open(P, "wb") as f:
    for i in range(3000):
        f.write(b"line %d %s\n" % (i, b"x" * (i % 50)))
    f.write(b"last line without newline")
with open(P, "rb") as f:
    lines = list(f)
print(len(lines), lines[0], lines[1234], lines[-1])
with open(P, "rb") as f:
    print(f.readline(3), f.readline(), f.tell(), f.read(4), f.tell(), f.peek(2)[:2], f.read1(3), f.tell())
    f.seek(-10, 2)
    print(f.read(), f.tell(), f.read(), f.readline())
    f.seek(5)
    print(f.readline(), f.seek(-3, 1), f.read(3))
with open(P, "r+b") as f:
    print(f.readline(), f.tell())
    f.write(b"WRITTEN")
    print(f.tell(), f.readline())
    f.seek(0)
    print(f.readline(), f.readline())
    f.seek(0)
    print(f.truncate(20), f.read())
with open(P, "rb") as f:
    print(f.read())
with open(P) as f:
    print(f.readlines())
n = 0
with open(P, "w") as f:
    for i in range(20000):
        f.write("row %d\n" % i)
with open(P) as f:
    for line in f:
        n += len(line)
with open(P, "rb") as f:
    print(n, sum(1 for _ in f), f.tell())
br = io.BufferedReader(io.FileIO(P), buffer_size=16)
print(br.read(5), br.readline(), br.peek(1)[:3], br.tell(), br.raw.tell())
br.close()
print(br.closed)
try:
    io.BufferedReader(io.FileIO(P), buffer_size=0)
except ValueError as e:
    print("ValueError", e)
os.remove(P)
