def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(4)], ack(2, 3))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))
