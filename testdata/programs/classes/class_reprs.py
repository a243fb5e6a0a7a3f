class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o): return Money(self.cents + o.cents)
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    __hash__ = None
m = Money(1999) + Money(1)
print(m, repr(m), [m], {"m": m}, f"{m}", f"{m!r}", str([m]), m == Money(2000), m != Money(1))
try:
    {m}
except TypeError as e:
    print(e)
