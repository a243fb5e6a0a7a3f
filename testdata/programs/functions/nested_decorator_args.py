def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a, **k):
            attr = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{attr}>{fn(*a, **k)}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@tag("div", cls="box")
@tag("b")
def greet(who):
    return f"hi {who}"
print(greet("you"), greet.__name__)
class Memo:
    def __init__(self, f):
        self.f, self.calls = f, 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Memo
def sq(x): return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)
