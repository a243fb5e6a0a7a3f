import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest, nsmallest


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print(h, h[0])
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, 0), heappushpop(data, 5), data)
attempt(lambda: heappop([]))
attempt(lambda: heapreplace([], 1))
attempt(lambda: heappush((), 1))
attempt(lambda: heapify(None))
attempt(lambda: heappush([1], 'a'))
print(heappushpop([], 3))
tasks = []
for pri, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heappush(tasks, (pri, name))
print([heappop(tasks) for _ in range(4)])
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge()), list(merge([], [1])),
      list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)),
      list(merge([7, 4, 1], [8, 5, 2], reverse=True)), list(merge([1, 1], [1], key=lambda x: 0)))
print(type(merge([1])).__name__)
pairs = list(merge([(1, 'a'), (3, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0]))
print(pairs)
nums = [5, 1, 8, 3, 9, 2, 8]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(0, nums), nsmallest(10, nums), nlargest(1, []),
      nlargest(2, ['bb', 'a', 'ccc'], key=len), nsmallest(2, ['bb', 'a', 'ccc'], key=len), nsmallest(-1, nums))
people = [('ann', 30), ('bob', 25), ('cy', 30), ('di', 20)]
print(nlargest(2, people, key=lambda p: p[1]), nsmallest(2, people, key=lambda p: p[1]), nlargest(1, iter(nums)))
print(heapq.__all__)
