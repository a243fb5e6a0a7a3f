import operator
class H:
    def __length_hint__(self):
        return 7
class L:
    def __len__(self):
        return 3
print(operator.length_hint(H()), operator.length_hint(L()), operator.length_hint(object(), 5))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it))
print(operator.length_hint(x for x in range(3)))
