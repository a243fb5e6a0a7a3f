counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(x=next_id()):
    return x
print(f(), f(), counter)
def g(when=[]):
    when.append(len(when))
    return when
print(g(), g(), g is g)
def h(x=None):
    x = [] if x is None else x
    x.append(1)
    return x
print(h(), h())
