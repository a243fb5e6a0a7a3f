x = "global"
def read():
    return x
def write():
    global x
    x = "rebound"
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
write()
print(x)
def create():
    global newname
    newname = 5
create()
print(newname)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
