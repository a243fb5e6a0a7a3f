import inspect
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
def a(x, /): pass
def b(x, /, **k): pass
def c(*, d): pass
def e(x, y=1, *, d): pass
def g(x, /, y): pass
for fn, calls in [(a, [((), {'x': 1}), ((1, 2), {})]), (b, [((), {'x': 1})]), (c, [((), {}), ((1,), {})]), (e, [((), {'d': 1}), ((1,), {}), ((1, 2, 3), {})]), (g, [((), {'x': 1, 'y': 2}), ((1,), {'x': 2})])]:
    for args, kw in calls:
        t(lambda: inspect.signature(fn).bind(*args, **kw))
        t(lambda: inspect.signature(fn).bind_partial(*args, **kw))
