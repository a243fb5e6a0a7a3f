def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
        return a
    r = mid()
    return r, a
print(outer())
def make():
    items = []
    count = 0
    def add(v):
        nonlocal count
        items.append(v)
        count += 1
        return count, items
    return add
add = make()
add("a")
print(add("b"))
