a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= {1, 2, 3, 4, 5}, a < a, a.isdisjoint({9}))
s = set(); s.add(3); s.add(1); s.add(3); s.update([7, 8], (9,)); s.discard(100); s.remove(7)
print(sorted(s), len(s), 1 in s, s.pop() in {1, 3, 8, 9})
f = frozenset([1, 2]); print(f, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})], f | {3})
print({x % 3 for x in range(10)}, set(), set([1, 1, 2]), {1, 2} == {2, 1}, frozenset() == set())
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(sorted({(1, 2), (1, 2), (2, 1)}), {1, 2, 3} > {1})
