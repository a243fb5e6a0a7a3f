def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
x = []  # type: list[int]
