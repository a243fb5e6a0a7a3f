import io, os

HERE = os.path.dirname(__file__)
P = os.path.join(HERE, '_tmp_open_errors.txt')

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', type(r).__name__)
        r.close()
    except Exception as e:
        print(type(e).__name__, str(e).replace(P, 'P'))

with open(P, 'w') as f:
    f.write('hi\n')
for m in ['q', 'rw', 'rr', 'rtb', '', 'r+b+', 'U', 'rU', 'rt', 'br', '+r', 'tw']:
    t(open, P, m)
t(open, P, 5)
t(open, P, 'rb', encoding='utf-8')
t(open, P, 'rb', errors='x')
t(open, P, 'rb', newline='')
t(open, P, 'r', newline='x')
t(open, P, 'r', newline=5)
t(open, P, 'r', buffering=0)
t(open, P, 'rb', buffering=0)
t(open, P, 'r', encoding='bogus')
t(open, P, 'r', encoding=5)
t(open, P, 'r', errors=5)
t(open, 'no_such_file.txt')
t(open, 'no_such_dir/x.txt', 'w')
t(open, '.')
t(open, '.', 'w')
t(open, P, 'x')
t(open, os.path.join(P, 'x'))
t(open, 3.5)
t(open, None)
t(open, P, closefd=False)
try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
try:
    open(P, 'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(P)
f.close()
f.close()
print(f.closed)
for name in ['read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'isatty', 'readable']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
try:
    next(iter(f))
except ValueError as e:
    print('iter', e)
try:
    with f:
        pass
except ValueError as e:
    print('with', e)
with open(P, 'w') as g:
    for name in ['read', 'readline']:
        try:
            getattr(g, name)()
        except io.UnsupportedOperation as e:
            print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(P)
