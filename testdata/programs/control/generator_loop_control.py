def numbers():
    n = 0
    while True:
        n += 1
        yield n
total = 0
for n in numbers():
    if n % 3 == 0:
        continue
    if n > 10:
        break
    total += n
else:
    print("unreachable")
print("total", total)
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
        print("loop", i)
    finally:
        print("finally", i)
