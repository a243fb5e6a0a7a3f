class C:
    def m(self):
        f = lambda: super()
        return [super() for _ in range(2)]
