def run(eg):
    try:
        raise eg
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("TypeErrors:", [str(e) for e in g.exceptions])
run(ExceptionGroup("g", [ValueError("v1"), TypeError("t1"), ValueError("v2")]))
try:
    run(ExceptionGroup("g2", [KeyError("k"), ValueError("v")]))
except ExceptionGroup as rest:
    print("leftover:", rest.message, [repr(e) for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", type(g).__name__, g.message == "", [str(e) for e in g.exceptions])
