def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(3, "A", "B", "C", [])
print(len(m), m)
print(len(hanoi(10, 1, 2, 3, [])))
