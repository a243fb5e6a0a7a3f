# Loops with else, break and continue; assert; constant conditions.
for i in range(3):
    if i == 1:
        continue
    if i == 2:
        break
else:
    print("done")
while n > 0:
    n -= 1
else:
    pass
while True:
    if f():
        break
assert x, "message"
for k in [a, b]:
    pass
if x in [1, 2, 3]:
    pass
