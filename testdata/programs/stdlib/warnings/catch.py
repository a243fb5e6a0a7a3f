import sys
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
print(len(w))
for m in w:
    print(type(m).__name__, m.category.__name__, m.message, repr(m.message), m.lineno, m.filename == __file__,
          m.file, m.line, m.source)
print(str(w[0]).replace(__file__, "FILE"))
print(warnings.filters[0])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("action error")
    except UserWarning as e:
        print("error action", e)
with warnings.catch_warnings(record=True) as w2:
    warnings.warn("default once here")
    warnings.warn("default once here")
print(len(w2))
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
cw = warnings.catch_warnings()
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

seen = []


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom hook")
warnings.showwarning = old
print(seen)
warnings.warn("back to stderr")
warnings.showwarning("direct call", UserWarning, "x.py", 12, sys.stdout, "source text")
warnings.warn_explicit("explicit", UserWarning, "exp.py", 9)
warnings.warn_explicit("explicit registry", UserWarning, "exp.py", 10, module="m", registry={})
