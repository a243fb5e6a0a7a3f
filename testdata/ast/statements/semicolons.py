x = 1; y = 2
if x: a = 1; b = 2
while 0: pass; pass
for i in x: a; b;
