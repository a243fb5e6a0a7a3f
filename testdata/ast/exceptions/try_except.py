try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except (A, B) as e:
    pass
except A.B:
    pass
except f():
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
else:
    pass
try:
    pass
except E:
    pass
finally:
    pass
