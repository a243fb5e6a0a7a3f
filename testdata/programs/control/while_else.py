i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("done", i)
while True:
    i -= 1
    if i < 2:
        break
print("after break", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz", steps)
