data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
running = [total := total + v for v in data]
print(running, total)
def f():
    [(last := c) for c in "hello"]
    return last
print(f())
import re
lines = ["a=1", "bad", "b=22"]
print([m.group(2) for ln in lines if (m := re.match(r"(\w)=(\d+)", ln))])
