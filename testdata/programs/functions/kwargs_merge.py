def config(**opts):
    base = {"debug": False, "level": 1}
    base.update(opts)
    return base
print(config(), config(debug=True), config(**{"level": 3, "name": "x"}))
def call(f, *a, **k):
    return f(*a, **k)
print(call(max, 1, 5, 3), call(sorted, [3, 1], reverse=True), call(dict, a=1))
try:
    config(1)
except TypeError as e:
    print(e)
try:
    (lambda a: a)(b=1)
except TypeError as e:
    print(e)
