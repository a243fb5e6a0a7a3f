try:
    pass
except E as e:
    pass
else:
    v = 1
finally:
    w = 2
try:
    pass
except* F as f:
    pass
