import os

HERE = os.path.dirname(os.path.abspath(__file__))
start = os.getcwd()
os.chdir(HERE)
print(os.getcwd() == HERE, os.path.abspath("x") == os.path.join(HERE, "x"))
sub = "_tmp_chdir_dir"
if not os.path.isdir(sub):
    os.mkdir(sub)
os.chdir(sub)
print(os.path.basename(os.getcwd()))
with open("inside.txt", "w") as f:
    f.write("data")
os.chdir("..")
print(os.listdir(sub), os.path.exists(os.path.join(sub, "inside.txt")))
with open(os.path.join(sub, "inside.txt")) as f:
    print(f.read())
for bad in ["no_such_dir_zz", os.path.join(sub, "inside.txt")]:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e)
fd = os.open(os.path.join(sub, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(type(fd).__name__, os.write(fd, b"hello world"))
os.close(fd)
fd = os.open(os.path.join(sub, "fd.bin"), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open("no_such_zz.bin", os.O_RDONLY)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open(os.path.join(sub, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except OSError as e:
    print(type(e).__name__, e.errno)
with open(os.path.join(sub, "fd.bin"), "rb") as f:
    print(f.read(), isinstance(f.fileno(), int))
for name in os.listdir(sub):
    os.remove(os.path.join(sub, name))
os.rmdir(sub)
os.chdir(start)
print(os.getcwd() == start)
