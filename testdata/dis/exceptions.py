# try/except/else/finally, return and break through finally and with, except*, raise from.
def f(x):
    try:
        g()
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        pass
    else:
        x = 1
    finally:
        h()
    return x

def loop(items):
    for i in items:
        try:
            if i:
                break
            continue
        finally:
            print(i)

def w(path):
    with open(path) as fh, lock:
        return fh.read()

def star():
    try:
        g()
    except* ValueError as eg:
        print(eg)
    except* OSError:
        pass

def r():
    try:
        pass
    except:
        raise RuntimeError("x") from None
