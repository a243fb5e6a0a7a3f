def risky(i):
    if i == 3:
        raise IndexError(f"item {i}")
    return i * 2
results, errors = [], []
for i in range(6):
    try:
        results.append(risky(i))
    except IndexError as e:
        errors.append(str(e))
    else:
        print("ok", i)
print(results, errors)
def retry(n):
    for attempt in range(1, n + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f"attempt {attempt}")
            return f"success on {attempt}"
        except ConnectionError as e:
            print("retrying after", e)
    return "gave up"
print(retry(5), retry(2))
