def validate(items):
    errors = []
    for i, v in enumerate(items):
        if not isinstance(v, int):
            e = TypeError(f"item {i} is {type(v).__name__}")
            e.add_note(f"value was {v!r}")
            errors.append(e)
        elif v < 0:
            errors.append(ValueError(f"item {i} negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
try:
    validate([1, "x", -2, None])
except* TypeError as g:
    for e in g.exceptions:
        print("type problem:", e, e.__notes__)
except* ValueError as g:
    print("value problems:", [str(e) for e in g.exceptions])
validate([1, 2])
print("valid")
