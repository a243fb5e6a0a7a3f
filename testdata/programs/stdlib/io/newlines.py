import os

P = os.path.join(os.path.dirname(__file__), '_tmp_newlines.txt')

with open(P, 'wb') as f:
    f.write(b'a\nb\r\nc\rd\r\n\re')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()), f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read(3)), repr(f.read(3)))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    with open(P, 'rb') as f:
        print(repr(nl), f.read())
with open(P, 'w') as f:
    print('a', file=f)
    print('b', 'c', file=f, end='')
    f.write('\n')
with open(P) as f:
    print(f.read().split('\n'))
os.remove(P)
