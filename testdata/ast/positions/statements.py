if a: pass
elif b: pass
else: pass
for x in y: pass
else: pass
while x: pass
else: pass
try: pass
except E as e: pass
else: pass
finally: pass
with a as b: pass
def f(a, b=1, *c, d, **e) -> int: pass
class C(B, metaclass=M): pass
@dec
def g(): pass
@dec
class D: pass
