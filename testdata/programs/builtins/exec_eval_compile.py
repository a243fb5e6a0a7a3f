code = compile("x * 2 + y", "<expr>", "eval")
print(eval(code, {"x": 5, "y": 1}), code.co_filename, code.co_names)
g = {}
exec("import math\nr = math.sqrt(49)\ndef f(): return r + 1", g)
print(g["r"], g["f"]())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    exec("x = (", {})
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("[i * i for i in range(4)]"), eval("len('abc')", {"__builtins__": {"len": len}}))
