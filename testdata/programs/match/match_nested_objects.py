from dataclasses import dataclass
@dataclass
class Leaf:
    v: int
@dataclass
class Node:
    left: object
    right: object
def total(t):
    match t:
        case Leaf(v): return v
        case Node(Leaf(0), r): return total(r)
        case Node(l, r): return total(l) + total(r)
def show(t):
    match t:
        case Leaf(v=v): return str(v)
        case Node(left=l, right=r): return f"({show(l)} {show(r)})"
tree = Node(Node(Leaf(1), Leaf(2)), Node(Leaf(0), Leaf(5)))
print(total(tree), show(tree))
