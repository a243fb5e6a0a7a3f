class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter")
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "exit", exc[0].__name__ if exc[0] else "clean")
        Timer.depth -= 1
        return False
with Timer():
    with Timer():
        pass
    try:
        with Timer():
            raise OSError("x")
    except OSError:
        print("caught OSError")
