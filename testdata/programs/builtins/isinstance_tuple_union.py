print(isinstance(1, int | str), isinstance("s", (int, (float, str))), isinstance(None, type(None) | int))
print(issubclass(bool, int | float), int | str, (int | None) == (None | int), type(int | str).__name__)
print(isinstance([], list), isinstance([], tuple), isinstance(1.0, int), isinstance(True, float))
from collections.abc import Iterable, Mapping, Sequence, Callable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(len, Callable), isinstance(3, Iterable))
