import os

HERE = os.path.dirname(__file__)
P = os.path.join(HERE, '_tmp_open_text.txt')

def t(f, *a, **k):
    try:
        print('->', repr(f(*a, **k)).replace(P, 'P'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(P, 'P'))

with open(P, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering, f.closed)
    print(f.write('line one\n'), f.write('línea dos\n'), f.tell())
    f.writelines(['three\n', 'four'])
    print('x', 'y', sep='-', end='!\n', file=f)
    print(f.readable(), f.writable(), f.seekable())
print(f.closed)
t(f.write, 'x')
t(f.read)
with open(P) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(4)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print([line.rstrip('\n') for line in f])
    t(f.write, 'x')
    t(f.seek, 1, 1)
    t(f.seek, 1, 2)
    t(f.seek, 0, 3)
    t(f.seek, -1)
    print(f.seek(0, 2), f.seek(0, 1), repr(f.read()))
with open(P, encoding='utf-8') as f:
    data = f.read()
print(len(data), data.count('\n'))
with open(P, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:20])
with open(P, 'a') as f:
    f.write('\nappended')
    print(f.tell() == len(raw) + 9)
with open(P) as f:
    print(f.read().splitlines()[-2:])
with open(P, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print(repr(f.readline()))
with open(P, 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.read())
    print(f.truncate(2), f.tell())
with open(P) as f:
    print(repr(f.read()))
# encodings
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'cp1252', 'utf-8-sig']:
    with open(P, 'w', encoding=enc) as f:
        f.write('abc')
        if enc != 'ascii':
            f.write('é')
        f.write('\nz')
    with open(P, 'rb') as f:
        b = f.read()
    with open(P, encoding=enc) as f:
        print(enc, b, repr(f.read()), f.encoding)
t(open, P, 'w', encoding='ascii')
with open(P, 'w', encoding='ascii') as f:
    t(f.write, 'é')
with open(P, 'w', encoding='ascii', errors='replace') as f:
    f.write('aé€b')
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'wb') as f:
    f.write(b'ok\xff\xfeend\n')
with open(P, errors='replace') as f:
    print(repr(f.read()))
with open(P, errors='surrogateescape') as f:
    print(repr(f.read()))
with open(P) as f:
    t(f.read)
with open(P, encoding='latin-1') as f:
    print(repr(f.read()))
os.remove(P)
