from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("a"), tag("b") as b:
    print("inside", b)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with ExitStack() as st:
    for n in "xyz":
        st.enter_context(tag(n))
    st.callback(print, "callback")
    print("stack body")
