def ratio(a, b):
    return a / b

def table(rows):
    return [ratio(r[0], r[1]) for r in rows]

data = {"rows": [(1, 2), (3, 0)]}
print(table(data["rows"]))
