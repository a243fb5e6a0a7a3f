@dataclass
class P:
    x: int
    y: int = 0

@dataclass(frozen=True)
@other
class Q(P):
    z: str = "z"
