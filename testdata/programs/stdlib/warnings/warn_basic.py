import sys
import warnings

print(warnings.filters)
warnings.warn("plain user warning")
warnings.warn("as deprecation", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("instance message"))


def api():
    warnings.warn("called from api", stacklevel=2)


for i in range(3):
    api()
api()


def deep():
    warnings.warn("too deep", stacklevel=10)


deep()
for bad in ["notacat", int, 5]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.filterwarnings("ignore", message=5)
except AssertionError as e:
    print("AssertionError", e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code  "), end="")
print(repr(warnings.formatwarning("m", UserWarning, "nofile.py", 3)))
msg = warnings.WarningMessage("text", UserWarning, "f.py", 4)
print(msg)
print(sys.stderr is not None)
