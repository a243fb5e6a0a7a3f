def gray(n):
    if n == 0:
        yield ""
        return
    prev = list(gray(n - 1))
    for g in prev:
        yield "0" + g
    for g in reversed(prev):
        yield "1" + g
print(list(gray(3)))
def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
sols = list(queens(6))
print(len(sols), sols[0], len(list(queens(8))))
