import sys
import warnings


def show(action):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for i in range(2):
        warnings.warn("loop " + action)
    warnings.warn("loop " + action)


for action in ["default", "always", "once", "module", "ignore"]:
    print("--", action, flush=True)
    show(action)
    sys.stderr.flush()

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn("runtime error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", RuntimeWarning, append=True)
warnings.simplefilter("ignore", DeprecationWarning)
print([(a, c.__name__, l) for a, m, c, mod, l in warnings.filters])
warnings.warn("ignored", DeprecationWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("error", message="match.*")
warnings.filterwarnings("ignore", category=UserWarning, module="__main__")
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[1][0])
warnings.warn("not matched: ignored by module filter")
warnings.resetwarnings()
warnings.filterwarnings("error", message="Match")
try:
    warnings.warn("matching message, case-insensitive")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("always", lineno=57)
warnings.filterwarnings("ignore")
warnings.warn("line 57 shown")
warnings.warn("other line ignored")
