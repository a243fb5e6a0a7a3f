"""Writes the goldens under testdata/ from the running CPython 3.12 (see tools/gen-goldens)."""
import argparse
import ast
import json
import os
import subprocess
import sys
import traceback
import warnings
from pathlib import Path


def parser_error(source: bytes, filename: str):
    """The SyntaxError CPython's parser raises for source (compile-stage checks are not run), or None."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(source, filename, 'exec', flags=ast.PyCF_ONLY_AST)
        except SyntaxError as exc:
            return exc
    return None


def error_fields(exc: SyntaxError) -> dict:
    return {'type': type(exc).__name__, 'msg': exc.msg, 'lineno': exc.lineno, 'offset': exc.offset,
            'end_lineno': exc.end_lineno, 'end_offset': exc.end_offset, 'text': exc.text}


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def gen_ast(root: Path) -> bool:
    dumper = root / 'tools' / 'ast_json.py'
    corpus = root / 'testdata' / 'ast'
    if not dumper.exists():
        print(f'gen-goldens: {dumper.relative_to(root)} is missing (it comes from branch ast): AST goldens not '
              'regenerated', file=sys.stderr)
        return False
    stale = [j for j in corpus.rglob('*.json') if not j.with_suffix('.py').exists()]
    for j in stale:
        j.unlink()
    # The corpus holds invalid escapes on purpose: their SyntaxWarnings are noise here.
    proc = subprocess.run([sys.executable, '-W', 'ignore::SyntaxWarning', str(dumper), '-o', str(corpus),
                           str(corpus)])
    count = sum(1 for _ in corpus.rglob('*.py'))
    print(f'gen-goldens: AST goldens for {count} files in testdata/ast ({len(stale)} stale removed)')
    if proc.returncode != 0:
        print('gen-goldens: tools/ast_json.py reported failures (above): every file in testdata/ast must parse',
              file=sys.stderr)
        return False
    return True


def gen_errors(root: Path) -> bool:
    folder = root / 'testdata' / 'syntax_errors'
    index, ok, changed, differ = {}, True, 0, []
    for old in [*folder.glob('*.err'), *folder.glob('*.stderr')]:
        if not old.with_suffix('.py').exists():
            old.unlink()
    for src in sorted(folder.glob('*.py')):
        exc = parser_error(src.read_bytes(), src.name)
        if exc is None:
            print(f'gen-goldens: {src.relative_to(root)} is accepted by the parser: it does not belong in '
                  'syntax_errors (compile-stage errors are not parser errors)', file=sys.stderr)
            ok = False
            continue
        display = ''.join(traceback.format_exception_only(exc))
        changed += write_if_changed(src.with_suffix('.err'), display.encode('utf-8'))
        index[src.stem] = error_fields(exc)
        stderr = interpreter_display(src)
        changed += write_if_changed(src.with_suffix('.stderr'), stderr.encode('utf-8'))
        if stderr != display:
            differ.append(src.stem)
    text = json.dumps(index, indent=1, ensure_ascii=False, sort_keys=True) + '\n'
    write_if_changed(folder / 'errors.json', text.encode('utf-8'))
    print(f'gen-goldens: {len(index)} syntax error goldens in testdata/syntax_errors ({changed} files changed)')
    print(f'gen-goldens: the interpreter\'s display (.stderr) differs from traceback\'s (.err) for {len(differ)}: '
          + ' '.join(differ))
    return ok


def interpreter_display(src: Path) -> str:
    """What `python3.12 X.py` prints on stderr, run in X's folder, with the folder removed from the file name
    (the interpreter names a script by its absolute path)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONIOENCODING'] = 'utf-8'
    proc = subprocess.run([sys.executable, src.name], cwd=src.parent, env=env, capture_output=True)
    return proc.stderr.decode('utf-8', 'replace').replace(f'{src.parent.resolve()}{os.sep}', '')


def main() -> int:
    ap = argparse.ArgumentParser(prog='gen-goldens')
    ap.add_argument('--root', type=Path, required=True)
    ap.add_argument('--ast-only', action='store_true')
    ap.add_argument('--errors-only', action='store_true')
    args = ap.parse_args()
    ok = True
    if not args.errors_only:
        ok &= gen_ast(args.root)
    if not args.ast_only:
        ok &= gen_errors(args.root)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
