"""Compare pyvm's token stream with CPython's tokenize for every .py file under a directory (see tools/lex-diff)."""
import ast, io, os, subprocess, sys, tempfile, tokenize

STDLIB = os.path.join(sys.base_prefix, 'lib', 'python%d.%d' % sys.version_info[:2])
SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER}


def cpython_tokens(path):
    """Normalized tokens as lines, or None when CPython cannot tokenize the file."""
    with open(path, 'rb') as f:
        data = f.read()
    out = []
    mid = None
    try:
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, LookupError):
        return None
    for t in toks:
        if t.type in SKIP:
            continue
        if t.type == tokenize.ERRORTOKEN:
            return None
        if t.type == tokenize.FSTRING_MIDDLE:
            if t.string == '':
                continue
            if mid is None:
                mid = [t.start, t.string]
            else:
                mid[1] += t.string
            continue
        if mid is not None:
            out.append('FSTRING_MIDDLE %d %d %s' % (mid[0][0], mid[0][1], ascii(mid[1])))
            mid = None
        name = tokenize.tok_name[t.exact_type]
        s = t.string
        if t.type == tokenize.NEWLINE:
            s = '\n' if s else ''
        elif t.type == tokenize.DEDENT:
            s = ''
        out.append('%s %d %d %s' % (name, t.start[0], t.start[1], ascii(s)))
    return out


def compile_error(path):
    """CPython's compile() outcome for a file, in the format LexDiffMain prints errors."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        compile(data, path, 'exec', flags=ast.PyCF_ONLY_AST)
        return None
    except SyntaxError as e:
        return 'ERROR %s: %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except ValueError as e:
        return 'ERROR SyntaxError: %s' % e


def java(args):
    cp = os.environ['LEXDIFF_CP']
    return subprocess.run(['java', '-Xss16m', '-cp', cp, 'org.pyvm.parse.LexDiffMain'] + args, check=True)


def main():
    args = sys.argv[1:]
    show = 10
    if '--show' in args:
        i = args.index('--show')
        show = int(args[i + 1])
        del args[i:i + 2]
    timing = '--time' in args
    rounds = 5
    if timing:
        args.remove('--time')
        if args and args[0].isdigit():
            rounds = int(args.pop(0))
    root = args[0] if args else STDLIB
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.py'))
    with tempfile.TemporaryDirectory() as tmp:
        if timing:
            lst = os.path.join(tmp, 'files.txt')
            with open(lst, 'w', encoding='utf-8') as f:
                f.write('\n'.join(p for p in files if cpython_tokens(p) is not None) + '\n')
            java(['time', str(rounds), lst])
            return
        expected = {}
        skipped = []
        for p in files:
            toks = cpython_tokens(p)
            if toks is None:
                skipped.append(p)
            else:
                expected[p] = toks
        names = sorted(expected) + skipped
        lst = os.path.join(tmp, 'files.txt')
        with open(lst, 'w', encoding='utf-8') as f:
            f.write('\n'.join(names) + '\n')
        java(['dump', tmp, lst])
        bad = 0
        ntok = 0
        agreed_errors = []
        for i, p in enumerate(names):
            with open(os.path.join(tmp, '%d.tok' % i), encoding='utf-8') as f:
                ours = f.read().splitlines()
            if (ours and ours[-1].startswith('ERROR')) or p not in expected:
                # tokenize (which skips some checks) and compile() can disagree; an error must be compile()'s
                err = compile_error(p)
                if ours and ours[-1] == err:
                    agreed_errors.append(p)
                    continue
                exp = expected.get(p, [err or 'no error'])
            else:
                exp = expected[p]
            ntok += len(exp)
            if ours != exp:
                bad += 1
                if bad <= show:
                    k = next((j for j in range(min(len(ours), len(exp))) if ours[j] != exp[j]), min(len(ours), len(exp)))
                    print('MISMATCH %s at token %d\n  cpython: %s\n  pyvm:    %s' % (
                        p, k, exp[k] if k < len(exp) else '<end>', ours[k] if k < len(ours) else '<end>'))
        for p in agreed_errors:
            print('same error as compile(): %s' % p)
        print('lex-diff: %d files, %d tokens compared, %d mismatching files, %d files with the same lexical error as '
              'compile(); %d files tokenize rejects'
              % (len(names), ntok, bad, len(agreed_errors), len(skipped)))
        sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
