words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: (-r[1], r[0])))
from operator import itemgetter
print(sorted(recs, key=itemgetter(1, 0)), min(recs, key=itemgetter(1)), max(recs, key=itemgetter(1)))
l = [5, 2, 8, 1]; l.sort(key=lambda x: -x); print(l)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 0, 1: 0}), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([1.5, 1, True, 0.5]), list(reversed([1, 2, 3])))
