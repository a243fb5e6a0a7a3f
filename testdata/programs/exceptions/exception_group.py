eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(eg, len(eg.exceptions))
m, rest = eg.split(ValueError)
print(m, "|", rest)
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub, sub.exceptions[0].exceptions)
print(eg.derive([KeyError("k")]))
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("e", [])
except ValueError as e:
    print(e)
