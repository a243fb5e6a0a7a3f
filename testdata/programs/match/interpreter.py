def ev(e, env):
    match e:
        case int() | float(): return e
        case str(name): return env[name]
        case ("+", a, b): return ev(a, env) + ev(b, env)
        case ("*", a, b): return ev(a, env) * ev(b, env)
        case ("let", str(n), v, body): return ev(body, {**env, n: ev(v, env)})
        case ("if", c, t, f): return ev(t if ev(c, env) else f, env)
        case _: raise ValueError(f"bad {e!r}")
print(ev(("let", "x", 5, ("+", ("*", "x", "x"), 1)), {}))
print(ev(("if", 0, 1, ("+", 2, 2)), {}))
try:
    ev(("?",), {})
except ValueError as err:
    print(err)
