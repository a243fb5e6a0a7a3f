import os

print(type(os.environ).__name__, "PATH" in os.environ, isinstance(os.environ.get("PATH"), str))
os.environ["PYVM_TEST_VAR"] = "one"
print(os.environ["PYVM_TEST_VAR"], os.getenv("PYVM_TEST_VAR"), os.environ.get("PYVM_TEST_VAR"))
os.environ.update({"PYVM_A": "1"}, PYVM_B="2")
print(os.getenv("PYVM_A"), os.getenv("PYVM_B"), os.environ.setdefault("PYVM_A", "x"), os.environ.setdefault("PYVM_C", "3"))
del os.environ["PYVM_TEST_VAR"]
print(os.getenv("PYVM_TEST_VAR"), os.getenv("PYVM_TEST_VAR", "default"), "PYVM_TEST_VAR" in os.environ)
print(os.environ.pop("PYVM_B"), os.environ.pop("PYVM_B", "gone"))
try:
    os.environ["PYVM_MISSING"]
except KeyError as e:
    print("KeyError", e)
for bad in [(1, "v"), ("k", 1)]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError", e)
try:
    del os.environ["PYVM_MISSING"]
except KeyError as e:
    print("KeyError", e)
d = os.environ.copy()
print(type(d).__name__, d["PYVM_A"], len(os.environ) == len(list(os.environ)), type(os.environ | {}).__name__)
os.putenv("PYVM_PUT", "x")
os.unsetenv("PYVM_PUT")
try:
    os.putenv("A=B", "x")
except ValueError as e:
    print("ValueError", e)
print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
print(os.strerror(2), os.strerror(13))
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()), type(os.getcwdb()).__name__)
print(os.stat_result.__name__, os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
