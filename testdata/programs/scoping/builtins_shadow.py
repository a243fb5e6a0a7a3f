print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len, "print" in dir(builtins))
def local_list():
    list = [1, 2]
    return list
print(local_list(), list("ab"))
