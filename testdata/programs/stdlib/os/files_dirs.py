import os

HERE = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(HERE, "_tmp_os_files")


def show(e):
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(str(e.filename)),
          str(e).replace(HERE + "/", ""))


def cleanup(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(base)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    show(e)
try:
    os.mkdir(base)
except OSError as e:
    show(e)
with open(os.path.join(base, "a", "f1.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "a", "b", "f2.bin"), "wb") as f:
    f.write(b"\x00" * 10)
print(sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, HERE), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(root, HERE), sorted(dirs), sorted(files))
st = os.stat(os.path.join(base, "a", "f1.txt"))
print(st.st_size, st[6], len(st), type(st).__name__, st.st_mode & 0o170000 == 0o100000, st.st_mtime > 0,
      isinstance(st.st_mtime_ns, int), st.st_nlink)
print(os.path.getsize(os.path.join(base, "a", "b", "f2.bin")), os.path.getmtime(base) > 0)
with os.scandir(os.path.join(base, "a")) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, os.path.relpath(e.path, HERE), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size >= 0,
          repr(e), os.fspath(e) == e.path)
src = os.path.join(base, "a", "f1.txt")
dst = os.path.join(base, "renamed.txt")
os.rename(src, dst)
print(os.path.exists(src), os.path.exists(dst))
with open(src, "w") as f:
    f.write("new")
os.replace(src, dst)
with open(dst) as f:
    print(f.read())
for fn, args in [(os.remove, ("nope.txt",)), (os.rmdir, (os.path.join(base, "a"),)), (os.rmdir, (dst,)),
                 (os.remove, (os.path.join(base, "a"),)), (os.listdir, ("no_such_dir",)),
                 (os.listdir, (dst,)), (os.stat, ("missing",)), (os.rename, ("missing1", "missing2")),
                 (os.mkdir, (os.path.join(base, "x", "y"),)), (os.unlink, ("gone",))]:
    try:
        fn(*args)
    except OSError as e:
        show(e)
try:
    os.rename("missing1", "missing2")
except OSError as e:
    print(e.filename, e.filename2)
os.unlink(dst)
print(os.access(base, os.F_OK), os.access(os.path.join(base, "zz"), os.F_OK), os.access(base, os.R_OK | os.W_OK))
os.removedirs(os.path.join(base, "a", "b", "c")) if False else None
cleanup(base)
print(os.path.exists(base), os.path.lexists(base))
