def f():
    try:
        g()
    except KeyError as e:
        raise ValueError("bad") from e
    except IndexError:
        raise ValueError from None
    except Exception as e:
        raise
    raise RuntimeError().with_traceback(None) from (lambda: e)()
