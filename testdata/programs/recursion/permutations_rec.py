def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(subsets([1, 2, 3]))
def combos(xs, k):
    if k == 0:
        return [()]
    return [(xs[i],) + c for i in range(len(xs)) for c in combos(xs[i + 1:], k - 1)]
print(combos("abcd", 2))
