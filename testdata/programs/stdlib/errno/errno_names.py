import errno
import os

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN == errno.EWOULDBLOCK)
for code in [errno.ENOENT, errno.EEXIST, errno.ENOTEMPTY, errno.EPERM, 0, 1000]:
    print(code, os.strerror(code))
for code, cls in [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EACCES, PermissionError),
                  (errno.EISDIR, IsADirectoryError), (errno.ENOTDIR, NotADirectoryError), (errno.EAGAIN, BlockingIOError),
                  (errno.ECHILD, ChildProcessError), (errno.EPIPE, BrokenPipeError), (errno.ETIMEDOUT, TimeoutError),
                  (errno.EINTR, InterruptedError), (errno.ESRCH, ProcessLookupError), (errno.ECONNREFUSED, ConnectionRefusedError)]:
    e = OSError(code, os.strerror(code), "f.txt")
    print(type(e).__name__, type(e) is cls, e.errno, e)
