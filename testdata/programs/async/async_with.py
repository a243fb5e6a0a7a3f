class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
class AIter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n
async def main():
    async with ACM() as r:
        print("inside", r)
        raise ValueError
    total = 0
    async for v in AIter():
        total += v
    return total
c = main()
try:
    c.send(None)
except StopIteration as s:
    print("result", s.value)
