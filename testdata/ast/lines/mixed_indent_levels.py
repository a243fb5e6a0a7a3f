if a:
 b = 1
 if b:
        c = 2
        if c:
                 d = 3
 e = 4
f = 5
