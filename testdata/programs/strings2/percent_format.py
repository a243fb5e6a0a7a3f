print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%g|%G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e20, 1e-20))
print("%s|%r|%a|%c|%c" % ("hé", "hé", "hé", 65, "z"))
print("%.2f|%10.3f|%-10.1f|%.0f|%.3s" % (3.14159, 2.5, 1.25, 2.5, "abcdef"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7})
print("100%% done, %i%%" % 50)
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", (1, 2)))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
