import json
for s in ['[1,2', '{"a" 1}', '{"a":1 "b"}', '{1:2}', '"abc', '"a\\xb"', '"\\u12"', '[1,]', '{"a":1,}', '[1] x', '', '  ', 'nul', '-', '01', '"a\nb"', '[1,\n  2,\n  @]', '\ufeff[]', '{"a":1,', '{', '[', '"\\ud800"', '1e', '1.', '-Infinity', 'NaN', '[-NaN]', '"\\', '"\\u', '{"a"', '{"a":', '[1 2]', 'tru', '1.5e+3', '-0', '-0.0', '1E400', '[1,2,3,]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
for o in [float('nan'), float('inf'), -float('inf')]:
    try:
        json.dumps(o, allow_nan=False)
    except ValueError as e:
        print(e)
try:
    json.dumps({(1,2): 3})
except TypeError as e: print(e)
try:
    json.dumps(object())
except TypeError as e: print(e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
d = {}; d['x'] = d
try: json.dumps(d)
except ValueError as e: print(e)
try: json.loads(3)
except TypeError as e: print(e)
print(json.dumps("\x7f\x00\x1f\u2028é😀\"\\/\b\f\n\r\t"), json.dumps("é😀\x01", ensure_ascii=False))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, False: 6, float('inf'): 1}))
print(json.dumps([1, [2, {}], [], {"a": [1, {"b": 2}]}], indent=2))
print(json.dumps([1, {"a": 2}], indent=0), json.dumps([1, {"a": 2}], indent="\t"), json.dumps([1,{"a":2}], indent=""))
print(repr(json.dumps(1.0)), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30), json.dumps(True))
