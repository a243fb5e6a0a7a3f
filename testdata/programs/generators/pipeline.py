def read(lines):
    for l in lines:
        yield l
def parse(src):
    for l in src:
        k, _, v = l.partition("=")
        yield k.strip(), int(v)
def only_even(src):
    for k, v in src:
        if v % 2 == 0:
            yield k, v
data = ["a = 1", "b= 2", "c =4", "d=7"]
print(dict(only_even(parse(read(data)))))
def coroutine_avg():
    n = total = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return n
        n += 1
        total += v
        avg = total / n
c = coroutine_avg()
next(c)
for v in [10, 20, 60]:
    print(c.send(v))
try:
    c.send(None)
except StopIteration as e:
    print("count", e.value)
