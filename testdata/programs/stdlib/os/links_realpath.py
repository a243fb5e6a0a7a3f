import os

HERE = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(HERE, "_tmp_links")


def rel(p):
    return os.path.relpath(p, HERE)


if not os.path.isdir(d):
    os.mkdir(d)
target = os.path.join(d, "target.txt")
with open(target, "w") as f:
    f.write("t")
link = os.path.join(d, "link.txt")
if os.path.lexists(link):
    os.remove(link)
os.symlink(target, link)
print(os.path.islink(link), os.path.islink(target), os.path.isfile(link), os.path.exists(link))
print(rel(os.path.realpath(link)), rel(os.readlink(link)), rel(os.path.realpath(os.path.join(d, "..", "_tmp_links", "x", ".."))))
print(os.lstat(link).st_mode & 0o170000 == 0o120000, os.stat(link).st_size)
print(os.path.samefile(link, target), os.path.realpath("/") , os.path.realpath(d + "/nonexistent/../y") == os.path.join(d, "y"))
entries = sorted(os.scandir(d), key=lambda e: e.name)
print([(e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in entries])
os.remove(target)
print(os.path.exists(link), os.path.lexists(link), os.path.islink(link))
try:
    os.stat(link)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.remove(link)
os.rmdir(d)
print(os.path.exists(d))
