import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"can't {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
try:
    json.dumps([1, 2j], default=enc)
except TypeError as e:
    print(type(e).__name__, e)


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([1j]))
try:
    json.dumps({"b": b"x"}, cls=MyEncoder)
except TypeError as e:
    print(type(e).__name__, e)
print(list(json.JSONEncoder().iterencode([1, "a"])) != [], "".join(json.JSONEncoder().iterencode({"k": [1, 2]})))
enc2 = json.JSONEncoder(sort_keys=True, separators=(";", "="))
print(enc2.encode({"b": 1, "a": [1, 2]}), enc2.item_separator, enc2.key_separator)
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator, json.JSONEncoder(indent=2).item_separator)

print(json.dumps({(1, 2): 1, "a": 2, 3: 4}, skipkeys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)


class Recursive:
    pass


def loop(o):
    return [o]


try:
    json.dumps(Recursive(), default=loop)
except ValueError as e:
    print(type(e).__name__, e)
a = [1]
print(json.dumps([a, a]))
d = {"a": 1}
print(json.dumps({"x": d, "y": d}))
lst = []
lst.append(lst)
try:
    json.dumps(lst, check_circular=False)
except RecursionError as e:
    print("RecursionError")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


w = Writer()
json.dump({"a": [1, 2, 3], "b": "c"}, w)
print("".join(w.parts))
w = Writer()
json.dump([1, {"z": None}], w, indent=2, sort_keys=True)
print("".join(w.parts))
print(json.load(Reader('{"q": [true, false, null]}')))
print(json.load(Reader('[1.5]'), parse_float=str))


class IntLike(int):
    pass


class FloatLike(float):
    def __repr__(self):
        return "nope"


class ListLike(list):
    pass


class DictLike(dict):
    pass


print(json.dumps([IntLike(5), FloatLike(2.5), ListLike([1]), DictLike(a=1), True, False]))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: ("dec", d), **kw)


print(json.loads('{"a": [1, {"b": 2}]}', cls=Dec))
print(json.loads('[1, 2]', cls=Dec, parse_int=float))
