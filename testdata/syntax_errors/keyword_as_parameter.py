def f(pass): pass
