"""Compares our AST JSON with CPython's, file by file (see tools/ast-diff)."""
import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
import warnings
from pathlib import Path

ERROR_LINE = re.compile(r'^[A-Za-z_][\w.]*(Error|Exception)(: |$)')
NO_MESSAGE = '(no message found on our stderr)\n'


def sources(paths):
    """(path, rel) for every .py file: rel is where both dumpers put its JSON, relative to the output folder."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob('*.py')):
                yield f, f.relative_to(p).with_suffix('.json')
        else:
            yield p, Path(p.name).with_suffix('.json')


def first_difference(ours, theirs, path='', node=None):
    """The first difference between two JSON values as 'path: ours X, cpython Y (in Node at line N)', or None."""
    if isinstance(theirs, dict) and '_type' in theirs:
        node = theirs
    where = ''
    if node is not None:
        where = f' (in {node["_type"]}' + (f' at line {node["lineno"]})' if 'lineno' in node else ')')
    if type(ours) is not type(theirs):
        return f'{path or "<root>"}: ours {json.dumps(ours)[:200]}, cpython {json.dumps(theirs)[:200]}{where}'
    if isinstance(theirs, dict):
        if ours.get('_type') != theirs.get('_type'):
            return f'{path}._type: ours {ours.get("_type")}, cpython {theirs.get("_type")}{where}'
        for key, value in theirs.items():
            sub = f'{path}.{key}' if path else key
            if key not in ours:
                return f'{sub}: missing in ours{where}'
            found = first_difference(ours[key], value, sub, node)
            if found:
                return found
        for key in ours:
            if key not in theirs:
                return f'{path}.{key}: only in ours{where}'
        if list(ours) != list(theirs):
            return f'{path or "<root>"}: field order differs: ours {list(ours)}, cpython {list(theirs)}{where}'
        return None
    if isinstance(theirs, list):
        for i, (a, b) in enumerate(zip(ours, theirs)):
            found = first_difference(a, b, f'{path}[{i}]', node)
            if found:
                return found
        if len(ours) != len(theirs):
            return f'{path}: ours {len(ours)} elements, cpython {len(theirs)}{where}'
        return None
    if ours != theirs:
        return f'{path}: ours {json.dumps(ours)}, cpython {json.dumps(theirs)}{where}'
    return None


def cpython_error(path: Path) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(path.read_bytes(), str(path), 'exec', flags=ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError) as exc:
            return ''.join(traceback.format_exception_only(exc))
    return '(accepted)\n'


def our_errors(stderr: str, files):
    """Splits our stderr into per-file error displays: {path: text}. A display starts at '  File "…"' and ends at
    its 'XxxError: …' line; one without a location names its file as a ' (path)' suffix."""
    by_name = {}
    for path, _ in files:
        by_name.setdefault(str(path), path)
        by_name.setdefault(os.path.abspath(path), path)
    errors, block = {}, []
    for line in stderr.splitlines(keepends=True):
        if line.startswith('  File "'):
            block = [line]
            continue
        block.append(line)
        if ERROR_LINE.match(line):
            m = re.match(r'  File "(.*)", line', block[0])
            name = m.group(1) if m else (re.search(r' \((.*)\)$', line.rstrip('\n')) or [None, None])[1]
            if not m:
                block = [line]
            path = by_name.get(name) or by_name.get(os.path.abspath(name or ''))
            if path is not None:
                errors[path] = ''.join(block)
            block = []
    return errors


def indent(text: str) -> str:
    return ''.join('    ' + line for line in text.splitlines(keepends=True))


def main() -> int:
    ap = argparse.ArgumentParser(prog='ast-diff')
    ap.add_argument('--root', type=Path, required=True)
    ap.add_argument('--ours', required=True)
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('paths', nargs='+', type=Path)
    args = ap.parse_args()
    dumper = args.root / 'tools' / 'ast_json.py'
    if not dumper.exists():
        print(f'ast-diff: {dumper} is missing', file=sys.stderr)
        return 2
    files = list(sources(args.paths))
    with tempfile.TemporaryDirectory(prefix='ast-diff-') as tmp:
        ours_dir, theirs_dir = Path(tmp, 'ours'), Path(tmp, 'cpython')
        paths = [str(p) for p in args.paths]
        # The two sides run at the same time: one JVM, one CPython.
        ours_proc = subprocess.Popen(args.ours.split() + ['--emit', 'ast-json', '-o', str(ours_dir), *paths],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        theirs_proc = subprocess.Popen([sys.executable, '-W', 'ignore', str(dumper), '-o', str(theirs_dir), *paths],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ours_stderr = ours_proc.communicate()[1].decode('utf-8', 'replace')
        theirs_proc.wait()
        if ours_proc.returncode not in (0, 1) or re.search(r'^\s+at [\w$.]+\(', ours_stderr, re.M):
            print(f'ast-diff: our pyc-compile crashed (exit {ours_proc.returncode}):\n{ours_stderr}', file=sys.stderr)
            if not ours_dir.exists():
                return 2
        errors = our_errors(ours_stderr, files)
        counts = dict.fromkeys(['identical', 'different', 'rejected-by-both', 'rejected-only-by-cpython',
                                'rejected-only-by-us'], 0)
        for path, rel in files:
            ours_json, theirs_json = ours_dir / rel, theirs_dir / rel
            if ours_json.exists() and theirs_json.exists():
                a, b = ours_json.read_bytes().rstrip(b'\n'), theirs_json.read_bytes().rstrip(b'\n')
                if a == b:
                    counts['identical'] += 1
                    continue
                counts['different'] += 1
                try:
                    found = first_difference(json.loads(a), json.loads(b))
                except ValueError as exc:
                    found = f'our output is not JSON: {exc}'
                print(f'{path}: {found or "same JSON values, different bytes (formatting or escaping)"}')
            elif theirs_json.exists():
                counts['rejected-only-by-us'] += 1
                print(f'{path}: rejected by us, accepted by CPython; ours:\n'
                      f'{indent(errors.get(path, NO_MESSAGE))}')
            elif ours_json.exists():
                counts['rejected-only-by-cpython'] += 1
                print(f'{path}: accepted by us, rejected by CPython:\n{indent(cpython_error(path))}')
            else:
                counts['rejected-by-both'] += 1
                if args.verbose:
                    theirs, ours = cpython_error(path), errors.get(path, NO_MESSAGE)
                    if theirs != ours:
                        print(f'{path}: rejected by both, messages differ; cpython:\n{indent(theirs)}'
                              f'  ours:\n{indent(ours)}')
    print(', '.join(f'{n} {k}' for k, n in counts.items()) + f'; {len(files)} files')
    bad = counts['different'] + counts['rejected-only-by-us'] + counts['rejected-only-by-cpython']
    return 1 if bad or ours_proc.returncode not in (0, 1) else 0


if __name__ == '__main__':
    sys.exit(main())
