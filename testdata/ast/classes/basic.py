class A: pass
class B(): pass
class C(A): pass
class D(A, B): pass
class E(A, metaclass=M): pass
class F(metaclass=M): pass
class G(*bases): pass
class H(**kw): pass
class I(A, *bases, x=1, **kw): pass
class J(A,): pass
class K(f(x)[0].y): pass
class L:
    x = 1
    y: int = 2
    def m(self): return self.x
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    class Inner:
        pass
class M(A if c else B): pass
class N((lambda: A)()): pass
