def down(n):
    return down(n + 1)
print("recursing")
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
raise RecursionError("raised again")
