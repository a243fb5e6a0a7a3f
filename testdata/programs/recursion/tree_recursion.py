def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), depth, build(depth - 1))
def count(t):
    return 0 if t is None else count(t[0]) + 1 + count(t[2])
def height(t):
    return 0 if t is None else 1 + max(height(t[0]), height(t[2]))
def inorder(t):
    if t is None:
        return []
    return inorder(t[0]) + [t[1]] + inorder(t[2])
t = build(4)
print(count(t), height(t), inorder(t))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(x=y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
