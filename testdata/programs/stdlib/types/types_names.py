import types
import sys


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f():
    pass


def g():
    yield 1


async def c():
    pass


async def ag():
    yield 1


class K:
    def m(self):
        pass


co = c()
print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType, isinstance(g(), types.GeneratorType),
      isinstance(co, types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType),
      type(K().m) is types.MethodType, type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType,
      type(sys) is types.ModuleType, type(f.__code__) is types.CodeType, type(None) is types.NoneType,
      type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType,
      type(type.__dict__) is types.MappingProxyType, type(list[int]) is types.GenericAlias)
co.close()
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__, types.MethodType.__name__,
      types.ModuleType.__name__, types.NoneType.__name__, types.MappingProxyType.__name__, types.BuiltinFunctionType.__name__,
      types.CellType.__name__, types.AsyncGeneratorType.__name__, types.CodeType.__name__)
m = types.ModuleType('mymod', 'doc here')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
bound = types.MethodType(lambda self, y: (self, y), 'me')
print(bound(2), bound.__self__)
attempt(lambda: types.MethodType(1, 2))
attempt(lambda: types.MethodType(len, None))
mp = types.MappingProxyType({'a': 1})
print(mp, repr(mp), mp['a'], len(mp), list(mp), mp.get('z', 0), 'a' in mp, mp.copy(), list(mp.items()))
attempt(lambda: mp.__setitem__('b', 2))
attempt(lambda: types.MappingProxyType([1]))
attempt(lambda: types.MappingProxyType())
ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], ga.__origin__, ga.__args__)
