"""tools/pydiff: runs .py files with pyvm and compares stdout and exit status with CPython 3.12's (or NAME.py.exp)."""
import argparse
import os
import shlex
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class Timeout(Exception):
    pass


def run(cmd, path, timeout):
    """Runs cmd + [bare file name] in the file's folder; returns (stdout, stderr, status). Raises Timeout."""
    env = dict(os.environ)
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    p = subprocess.Popen(cmd + [path.name], cwd=path.parent, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        raise Timeout
    return out, err, p.returncode


def first_difference(expected, actual):
    """'line N: expected X, got Y' for the first line that differs; a missing line shows as <end of output>."""
    el, al = expected.split(b"\n"), actual.split(b"\n")
    # The piece after the last newline is b"" when the output ends with one: it stands for the end of the output.
    el = [None if x == b"" and i == len(el) - 1 else x for i, x in enumerate(el)]
    al = [None if x == b"" and i == len(al) - 1 else x for i, x in enumerate(al)]
    for i in range(max(len(el), len(al))):
        e = el[i] if i < len(el) else None
        a = al[i] if i < len(al) else None
        if e != a:
            return f"line {i + 1}: expected {show(e)}, got {show(a)}"
    return "the outputs differ only in their final newline"


def show(line):
    return "<end of output>" if line is None else repr(line.decode("utf-8", "backslashreplace"))


def stderr_hint(err, status):
    """The last line of pyvm's stderr, when it failed: usually the error that stopped it."""
    lines = err.decode("utf-8", "backslashreplace").strip().splitlines()
    return f" (status {status}; stderr: {lines[-1][:200]})" if lines and status != 0 else ""


def check(path, pyvm, cpython, timeout):
    exp = path.with_name(path.name + ".exp")
    if exp.is_file():
        expected = exp.read_bytes()
        st = path.with_name(path.name + ".status")
        expected_status = int(st.read_text().strip()) if st.is_file() else 0
    elif cpython:
        try:
            expected, _, expected_status = run([cpython], path, timeout)
        except Timeout:
            return "TIMEOUT", f"{path}  (CPython took more than {timeout:g}s)"
    else:
        return "FAIL", f"{path}: no {exp.name} and no CPython 3.12 to produce the expected output"
    try:
        actual, err, status = run(pyvm, path, timeout)
    except Timeout:
        return "TIMEOUT", f"{path}  (more than {timeout:g}s)"
    except OSError as e:
        return "FAIL", f"{path}: cannot run {shlex.join(pyvm)}: {e}"
    if actual != expected:
        return "FAIL", f"{path}: {first_difference(expected, actual)}{stderr_hint(err, status)}"
    if status != expected_status:
        return "FAIL", f"{path}: exit status {status}, expected {expected_status}{stderr_hint(err, status)}"
    return "PASS", str(path)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `tools/pydiff ... | head` ends quietly
    ap = argparse.ArgumentParser(prog="pydiff", description=__doc__)
    ap.add_argument("--root", required=True, help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    pyvm_cmd = os.environ.get("PYDIFF_PYVM")
    pyvm = shlex.split(pyvm_cmd) if pyvm_cmd else [os.path.join(args.root, "tools", "pyvm"), "run"]
    cpython = os.environ.get("PYDIFF_CPYTHON") or None
    files = []
    for p in map(Path, args.paths):
        if p.is_file():
            files.append(p)
        elif p.is_dir():
            files.extend(sorted(p.rglob("*.py")))
        else:
            ap.error(f"no such file or folder: {p}")
    counts = {"PASS": 0, "FAIL": 0, "TIMEOUT": 0}
    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for verdict, line in ex.map(lambda f: check(f, pyvm, cpython, args.timeout), files):
            counts[verdict] += 1
            print(f"{verdict} {line}", flush=True)
    summary = f"{counts['PASS']} passed, {counts['FAIL']} failed"
    if counts["TIMEOUT"]:
        summary += f", {counts['TIMEOUT']} timed out"
    print(summary)
    sys.exit(1 if counts["FAIL"] or counts["TIMEOUT"] else 0)


if __name__ == "__main__":
    main()
