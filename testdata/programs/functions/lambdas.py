sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, b=2), (lambda: None)())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9) + "!")
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda x: x % 2, range(10))))
print(sq.__name__, (lambda: 0).__qualname__)
