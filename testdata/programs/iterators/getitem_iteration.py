class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it))
a, b, *rest = s
print(a, b, rest)
class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
