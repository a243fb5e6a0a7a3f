stack = []
for c in "([]{()})":
    if c in "([{":
        stack.append(c)
    else:
        top = stack.pop()
        print(top + c, end=" ")
print("balanced" if not stack else "unbalanced")
from collections import deque
q = deque()
q.extend([1, 2, 3]); q.appendleft(0)
print(q.popleft(), q.pop(), list(q), q.count(1), q.index(2))
def bfs(graph, start):
    seen, order, todo = {start}, [], deque([start])
    while todo:
        n = todo.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m); todo.append(m)
    return order
print(bfs({1: [2, 3], 2: [4], 3: [4], 4: [1]}, 1))
