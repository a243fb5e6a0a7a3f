import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [4, 1, 7]), heapq.nlargest(2, [4, 1, 7]))
l = [5, 3, 1]; heapq.heapify(l); print(l, list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0))
bisect.insort(a, 5); print(a)
