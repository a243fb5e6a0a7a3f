class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class NotFound(AppError): pass
try:
    raise NotFound(404, "nope")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(Exception("a", 1)), str(Exception()), repr(ValueError()))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
for exc in (KeyError("k"), IndexError("i"), StopIteration(5), OSError(2, "No such file")):
    print(repr(exc), str(exc), exc.args)
print(StopIteration(5).value, OSError(2, "x").errno, KeyError("a b"))
