print([chr(c) for c in range(65, 71)], [ord(c) for c in "az09"], chr(0x10FFFF) == "\U0010ffff", ord("€"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
print(ascii("naïve ☃"), repr("naïve ☃"), str(b"x"), bytes("☃", "utf-8"))
print(hex(ord("☃")), "%c" % 9731, "{:c}".format(97))
