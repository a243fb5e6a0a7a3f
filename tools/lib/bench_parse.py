"""Parser benchmark: ours against CPython's, in one run (see tools/bench-parse)."""
import argparse
import ast
import os
import platform
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings
from pathlib import Path

# Run in a fresh CPython: reads and parses every file named in the list file, prints the seconds spent parsing.
CPYTHON_BATCH = '''
import ast, sys, time
paths = open(sys.argv[1], encoding="utf-8").read().splitlines()
spent = 0.0
for p in paths:
    with open(p, "rb") as f:
        data = f.read()
    t = time.perf_counter()
    ast.parse(data, p)
    spent += time.perf_counter() - t
print(spent)
'''

# Run in a fresh CPython for each cold measurement: the whole cost of parsing one file once.
CPYTHON_ONE = 'import ast, sys; p = sys.argv[1]; compile(open(p, "rb").read(), p, "exec", ast.PyCF_ONLY_AST)'


def stdlib_files():
    """The standard library's .py files that CPython's parser accepts (site-packages excluded)."""
    lib = Path(sysconfig.get_path('stdlib'))
    accepted, rejected = [], 0
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for p in sorted(lib.rglob('*.py')):
            if 'site-packages' in p.parts:
                continue
            try:
                compile(p.read_bytes(), str(p), 'exec', ast.PyCF_ONLY_AST)
                accepted.append(p)
            except (SyntaxError, ValueError):
                rejected += 1
    return lib, accepted, rejected


def timed(cmd):
    """(wall seconds, completed process) of running cmd."""
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t, proc


def report_failure(name, proc):
    if proc.returncode != 0:
        lines = proc.stderr.decode('utf-8', 'replace').splitlines()
        print(f'    note: {name} exited {proc.returncode}; last lines of its stderr:')
        for line in lines[-4:]:
            print(f'      {line}')


def bench_stdlib(ours, runs):
    lib, files, rejected = stdlib_files()
    size = sum(p.stat().st_size for p in files)
    print(f'(a) standard library {lib}: {len(files)} files, {size / 1e6:.1f} MB '
          f'({rejected} files CPython rejects left out)')
    with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8', delete=False) as listing:
        listing.write('\n'.join(map(str, files)) + '\n')
    try:
        ours_times, cpy_times, cpy_parse = [], [], []
        for _ in range(runs):
            wall, proc = timed(ours + ['--check', '--parse-only', *map(str, files)])
            ours_times.append(wall)
            report_failure('ours', proc)
            wall, proc = timed([sys.executable, '-c', CPYTHON_BATCH, listing.name])
            cpy_times.append(wall)
            report_failure('CPython', proc)
            if proc.returncode == 0:
                cpy_parse.append(float(proc.stdout))
    finally:
        os.unlink(listing.name)
    ours_t, cpy_t = statistics.median(ours_times), statistics.median(cpy_times)
    label = 'median of %d runs' % runs if runs > 1 else '1 run'
    print(f'    ours     pyc-compile --check --parse-only, 1 JVM {ours_t:8.2f} s wall ({label})')
    print(f'    CPython  ast.parse, one process              {cpy_t:8.2f} s wall'
          + (f' ({statistics.median(cpy_parse):.2f} s of it parsing)' if cpy_parse else ''))
    print(f'    ratio ours/CPython                           {ours_t / cpy_t:8.2f}')


def bench_cold(ours, rel, runs):
    path = Path(sysconfig.get_path('stdlib'), rel)
    print(f'(b) cold single file {path} ({path.stat().st_size / 1e3:.0f} kB), fresh processes, interleaved, '
          f'median of {runs}')
    ours_times, cpy_times = [], []
    for i in range(runs):
        wall, proc = timed(ours + ['--check', '--parse-only', str(path)])
        ours_times.append(wall)
        if i == 0:
            report_failure('ours', proc)
        wall, proc = timed([sys.executable, '-c', CPYTHON_ONE, str(path)])
        cpy_times.append(wall)
        if i == 0:
            report_failure('CPython', proc)
    ours_t, cpy_t = statistics.median(ours_times), statistics.median(cpy_times)
    print(f'    ours     pyc-compile --check --parse-only FILE   {ours_t:8.3f} s')
    print(f'    CPython  python3.12 -c compile(...)          {cpy_t:8.3f} s')
    print(f'    ratio ours/CPython                           {ours_t / cpy_t:8.2f}')


def main():
    ap = argparse.ArgumentParser(prog='bench-parse')
    ap.add_argument('--ours', required=True, help='our pyc-compile command')
    ap.add_argument('--runs', type=int, default=1, help='runs of the whole-library benchmark (default 1)')
    ap.add_argument('--cold-runs', type=int, default=7, help='runs of the cold single-file benchmark (default 7)')
    ap.add_argument('--file', default='argparse.py', help='the cold file, relative to the standard library')
    ap.add_argument('--skip-stdlib', action='store_true')
    args = ap.parse_args()
    ours = args.ours.split()
    print(f'bench-parse: CPython {platform.python_version()} ({sys.executable}); ours: {args.ours}; '
          f'{os.cpu_count()} CPUs')
    if not args.skip_stdlib:
        bench_stdlib(ours, args.runs)
    bench_cold(ours, args.file, args.cold_runs)


if __name__ == '__main__':
    main()
