
x = 1
def f():
    
    return 1
# comment
y = 2
