try:
    pass
except* E:
    pass
try:
    pass
except* E as e:
    pass
except* (A, B) as eg:
    pass
except *C:
    pass
else:
    pass
finally:
    pass
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    pass
except* TypeError as te:
    pass
