class P:
    count = 0
    def __init__(self, x):
        self.x = x
        P.count += 1
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    @staticmethod
    def helper(a, b):
        return a + b
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"
class Q(P): pass
print(P.from_str("5"), Q.from_str("7"), P.helper(1, 2), Q(1).helper(3, 4), P.count)
