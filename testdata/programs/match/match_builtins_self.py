def m(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i): return f"int {i}"
        case float(f): return f"float {f}"
        case str(s): return f"str {s}"
        case list([x, *_]): return f"list starting {x}"
        case dict({"a": a}): return f"dict a={a}"
        case tuple((x,)): return f"1-tuple {x}"
        case frozenset(): return "frozenset"
        case _: return "other"
for v in [True, 3, 2.5, "s", [9, 8], {"a": 1}, (7,), frozenset(), None]:
    print(m(v))
