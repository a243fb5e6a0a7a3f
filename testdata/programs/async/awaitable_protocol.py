class Value:
    def __init__(self, v): self.v = v
    def __await__(self):
        print("await", self.v)
        return self.v
        yield
async def use():
    a = await Value(1)
    b = await Value(2)
    return a + b
c = use()
try:
    c.send(None)
except StopIteration as s:
    print("sum", s.value)
class Bad:
    def __await__(self):
        return 42
async def bad():
    await Bad()
try:
    bad().send(None)
except TypeError as e:
    print(e)
