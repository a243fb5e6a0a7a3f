import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5]
print(bisect_left(a, 2), bisect_right(a, 2), bisect.bisect(a, 2), bisect_left(a, 0), bisect_right(a, 9),
      bisect_left(a, 4), bisect_left([], 1))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 5, hi=3), bisect_right(a, 1, lo=3))
b = []
for v in [5, 1, 4, 1, 3]:
    insort(b, v)
print(b)
insort_left(b, 4)
insort_right(b, 4.0)
print(b)
insort(b, 0, 0, 0)
print(b)
attempt(lambda: bisect_left(a, 1, -1))
attempt(lambda: insort(a, 1, -1))
attempt(lambda: bisect_left(1, 1))
attempt(lambda: bisect_left([1, 'a'], 2))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]),
      bisect.bisect(recs, 4, key=lambda r: r[1]))
insort(recs, ('x', 4), key=lambda r: r[1])
insort_left(recs, ('y', 3), key=lambda r: r[1])
print(recs)
words = ['kiwi', 'fig', 'banana']
words.sort(key=len)
insort(words, 'plum', key=len)
print(words, bisect_left(words, 4, key=len))
