class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __reversed__(self):
        for c in reversed(self.children):
            yield from reversed(c)
        yield self.value
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), list(reversed(t)), sum(t), max(t), sorted(t, reverse=True))
print(3 in t, 7 in t, dict(zip(t, "abcdef")))
