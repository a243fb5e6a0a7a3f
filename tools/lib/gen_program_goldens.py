"""Writes NAME.out (and NAME.err, NAME.status when it fails) beside every testdata/programs/**/NAME.py.

Run by tools/gen-program-goldens with the CPython 3.12 it found (sys.executable runs the programs)."""
import argparse
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

TIMEOUT = 60


def program_env():
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONHASHSEED", "PYTHONWARNINGS", "PYTHONUTF8"):
        env.pop(k, None)
    return env


def normalise(text, folder, root):
    """Absolute paths in a traceback: the program's folder, the repository and the standard library."""
    stdlib = sysconfig.get_paths()["stdlib"]
    for path, name in ((str(folder), ""), (str(root), "<root>/"), (stdlib, "<stdlib>/"), (sys.prefix, "<prefix>/")):
        text = text.replace(path + os.sep, name)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    root = Path(args.root).resolve()
    paths = [Path(p).resolve() for p in args.paths] or [root / "testdata" / "programs"]
    files = []
    for p in paths:
        # a folder named "modules" holds modules the programs import, not programs
        files.extend([p] if p.is_file() else sorted(q for q in p.rglob("*.py") if "modules" not in q.parts))
    env = program_env()
    failing = 0
    for f in files:
        folder = f.parent
        r = subprocess.run([sys.executable, f.name], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
        stem = folder / f.stem
        stem.with_suffix(".out").write_bytes(r.stdout)
        err, status = stem.with_suffix(".err"), stem.with_suffix(".status")
        if r.stderr or r.returncode != 0:
            failing += 1
            err.write_bytes(normalise(r.stderr.decode("utf-8", "surrogateescape"), folder, root)
                            .encode("utf-8", "surrogateescape"))
            status.write_text(f"{r.returncode}\n")
        else:
            err.unlink(missing_ok=True)
            status.unlink(missing_ok=True)
    print(f"gen-program-goldens: {len(files)} programs, {failing} with stderr or a non-zero status")


if __name__ == "__main__":
    main()
