"""bench-compile: pyc-compile against CPython's compileall over copies of the standard library (see tools/bench-compile)."""
import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time


def copy_stdlib(dest):
    lib = sysconfig.get_path('stdlib')

    def ignore(d, names):
        return [n for n in names if n in ('__pycache__', 'site-packages') or not (
            n.endswith('.py') or os.path.isdir(os.path.join(d, n)))]
    shutil.copytree(lib, dest, ignore=ignore, symlinks=False)
    return sum(len([f for f in fs if f.endswith('.py')]) for _, _, fs in os.walk(dest))


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, proc


def main():
    ap = argparse.ArgumentParser(prog='bench-compile')
    ap.add_argument('--ours', required=True)
    ap.add_argument('--runs', type=int, default=1)
    args = ap.parse_args()
    ours = shlex.split(args.ours)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, 'ours'), os.path.join(tmp, 'cpython')
        n = copy_stdlib(a)
        copy_stdlib(b)
        print(f'bench-compile: standard library copies of {n} files; CPython {sys.version.split()[0]}; '
              f'{os.cpu_count()} CPUs')
        for jobs in (1, 0):
            ours_t, cpy_t = [], []
            for _ in range(args.runs):
                t, p = timed(ours + ['-q', '-f', '-j', str(jobs), a])
                ours_t.append(t)
                failures_ours = p.stderr.count('Error:')
                t, p = timed([sys.executable, '-m', 'compileall', '-q', '-f', '-j', str(jobs), b])
                cpy_t.append(t)
            o, c = statistics.median(ours_t), statistics.median(cpy_t)
            label = 'one worker' if jobs == 1 else 'one worker per processor'
            print(f'  {label:26} ours {o:7.2f} s   CPython {c:7.2f} s   ratio {o / c:5.2f}'
                  f'   (our files with errors: {failures_ours})')


if __name__ == '__main__':
    main()
