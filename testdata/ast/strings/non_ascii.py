"héllo"
x = "中文字符"; y = 1
z = "😀" + w
f("ü", "ß", k="€")
d = {"ключ": "значение", "k": v}
s = "a\u00e9b" + "é" + c
t = b"ascii" if "日本" else None
