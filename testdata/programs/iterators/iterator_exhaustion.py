g = (x for x in range(3))
print(sum(g), sum(g))
it = iter([1, 2, 3, 4, 5])
print(2 in it, list(it))
it = iter("abcdef")
print(list(zip(it, it)))
d = {"a": 1, "b": 2}
it = iter(d)
try:
    for k in it:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3]
it = iter(lst)
lst.append(4)
print(list(it))
