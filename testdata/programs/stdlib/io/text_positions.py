import io, os
P = os.path.join(os.path.dirname(__file__), '_tmp_text_positions.txt')
with open(P, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\nend')
with open(P, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline(3)), f.tell())
    f.seek(pos)
    print(repr(f.read()))
with open(P, 'r+', encoding='utf-8') as f:
    f.readline()
    f.write('X')
with open(P, encoding='utf-8') as f:
    print(repr(f.read()))
with open(P, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    f.write('Z')
with open(P) as f:
    print(repr(f.read()))
with open(P, 'w', encoding='utf-16') as f:
    f.write('ab')
    print(f.tell())
    f.write('cd')
with open(P, encoding='utf-16') as f:
    print(repr(f.read(1)), f.tell(), repr(f.read()))
with open(P, 'rb') as f:
    print(f.read())
f = open(P, 'w', buffering=1)
print(f.line_buffering)
f.close()
os.remove(P)
