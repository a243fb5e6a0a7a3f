def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from walk(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
print("\n".join(walk(t)))
def permutations(xs):
    if not xs:
        yield ()
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield (x,) + rest
print(list(permutations((1, 2, 3))))
