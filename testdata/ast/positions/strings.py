x = 'abc'
y = ('a'
     'b')
z = """a
b"""
w = f'{a}b{c!r}d{e:>{f}}'
v = f"""x
{y}
z"""
u = f'{x=}'
t = 'a' f'{b}' 'c'
s = (f'{a}'
     f'{b}')
