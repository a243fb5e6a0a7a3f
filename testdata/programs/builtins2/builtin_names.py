# The builtins namespace itself: types, constants, exceptions, and shadowing.
import builtins

print(builtins.__name__, builtins.len is len, getattr(builtins, "True"), getattr(builtins, "None"), builtins.Ellipsis,
      builtins.__debug__)
print(NotImplemented, Ellipsis, ... is Ellipsis)
for name in ["int", "float", "complex", "str", "bytes", "list", "tuple", "dict", "set", "frozenset", "bool",
             "object", "type", "range", "slice", "property", "staticmethod", "classmethod", "super", "enumerate",
             "zip", "map", "filter", "reversed"]:
    t = getattr(builtins, name)
    print(name, isinstance(t, type), t.__name__, t.__module__)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError),
      issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(ExceptionGroup.__mro__[1].__name__, StopAsyncIteration.__base__.__name__, EncodingWarning.__base__.__name__)


def len(x):
    return "shadowed"


print(len([1]), builtins.len([1]))
del len
print(len([1]))
builtins.answer = 42
print(answer)
del builtins.answer
try:
    answer
except NameError as ex:
    print(type(ex).__name__, ex)
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__,
      type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(range(3))).__name__,
      type(iter(int, 1)).__name__)
