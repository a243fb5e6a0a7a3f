if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass

while x:
    break
else:
    continue_ = 1

while True:
    if x: continue
    if y: break

for i in range(10):
    pass
else:
    pass

for a, b in pairs:
    pass
for (a, b), c in x: pass
for [a, *b] in x: pass
for x.y in z: pass
for x[0] in z: pass
for i in 1, 2, 3: pass
for i in *a, *b: pass
