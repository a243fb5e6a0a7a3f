class Node:
    instances = 0
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        Node.instances += 1
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(t), t.depth(), Node.instances, sum(t), max(t), 4 in t)
