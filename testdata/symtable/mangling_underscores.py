class _C:
    __a = 1
class __D__:
    __b = 2
class ___:
    __c = 3
class E:
    import __f
    import __g.h
    global __h
