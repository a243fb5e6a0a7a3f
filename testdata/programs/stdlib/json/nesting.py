import json

x = json.loads('[' * 900 + ']' * 900)
print(len(json.dumps(x)), len(json.dumps(x, indent=1)))
d = json.loads('{"a":' * 800 + '1' + '}' * 800)
print(len(json.dumps(d)), len(json.dumps(d, sort_keys=True, indent="")))
for text in ('[' * 100000 + ']' * 100000, '{"k":' * 100000):
    try:
        json.loads(text)
    except RecursionError:
        print("RecursionError")
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
long_text = "x" * 100000 + "\\n" + "é" * 1000
print(len(json.loads('"' + long_text + '"')), len(json.dumps(long_text)), len(json.dumps(long_text, ensure_ascii=False)))
