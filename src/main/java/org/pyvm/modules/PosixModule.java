package org.pyvm.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyByteArray;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMemoryView;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;

/**
 * {@code posix}: the operating-system primitives under {@code os} and {@code io} (CPython's {@code posix} module),
 * on {@code java.nio.file}. Files are numbered descriptors over {@link FileChannel}s (0-2 are the standard streams);
 * failures are {@code OSError}s with Linux's errno, {@code strerror} text and the file name, so the errno maps to
 * CPython's subclass ({@code FileNotFoundError}, ...).
 *
 * <p>Divergence: a JVM cannot change its working directory, so {@code chdir} changes a directory kept here, which
 * every path given to this module is resolved against ({@code getcwd} returns it); code outside pyvm (and the
 * import system) still sees the process's own. {@code putenv}/{@code unsetenv} change only pyvm's copy of the
 * environment. Paths may be str or bytes (bytes are UTF-8 with surrogateescape, as CPython on Linux); results are
 * bytes when the argument was.
 */
public final class PosixModule {
    private PosixModule() {
    }

    static final int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTEMPTY = 39, ELOOP = 40;

    private static final String[] STRERROR = {
        "Success",
        "Operation not permitted",
        "No such file or directory",
        "No such process",
        "Interrupted system call",
        "Input/output error",
        "No such device or address",
        "Argument list too long",
        "Exec format error",
        "Bad file descriptor",
        "No child processes",
        "Resource temporarily unavailable",
        "Cannot allocate memory",
        "Permission denied",
        "Bad address",
        "Block device required",
        "Device or resource busy",
        "File exists",
        "Invalid cross-device link",
        "No such device",
        "Not a directory",
        "Is a directory",
        "Invalid argument",
        "Too many open files in system",
        "Too many open files",
        "Inappropriate ioctl for device",
        "Text file busy",
        "File too large",
        "No space left on device",
        "Illegal seek",
        "Read-only file system",
        "Too many links",
        "Broken pipe",
        "Numerical argument out of domain",
        "Numerical result out of range",
        "Resource deadlock avoided",
        "File name too long",
        "No locks available",
        "Function not implemented",
        "Directory not empty",
        "Too many levels of symbolic links",
        "Unknown error 41",
        "No message of desired type",
        "Identifier removed",
        "Channel number out of range",
        "Level 2 not synchronized",
        "Level 3 halted",
        "Level 3 reset",
        "Link number out of range",
        "Protocol driver not attached",
        "No CSI structure available",
        "Level 2 halted",
        "Invalid exchange",
        "Invalid request descriptor",
        "Exchange full",
        "No anode",
        "Invalid request code",
        "Invalid slot",
        "Unknown error 58",
        "Bad font file format",
        "Device not a stream",
        "No data available",
        "Timer expired",
        "Out of streams resources",
        "Machine is not on the network",
        "Package not installed",
        "Object is remote",
        "Link has been severed",
        "Advertise error",
        "Srmount error",
        "Communication error on send",
        "Protocol error",
        "Multihop attempted",
        "RFS specific error",
        "Bad message",
        "Value too large for defined data type",
        "Name not unique on network",
        "File descriptor in bad state",
        "Remote address changed",
        "Can not access a needed shared library",
        "Accessing a corrupted shared library",
        ".lib section in a.out corrupted",
        "Attempting to link in too many shared libraries",
        "Cannot exec a shared library directly",
        "Invalid or incomplete multibyte or wide character",
        "Interrupted system call should be restarted",
        "Streams pipe error",
        "Too many users",
        "Socket operation on non-socket",
        "Destination address required",
        "Message too long",
        "Protocol wrong type for socket",
        "Protocol not available",
        "Protocol not supported",
        "Socket type not supported",
        "Operation not supported",
        "Protocol family not supported",
        "Address family not supported by protocol",
        "Address already in use",
        "Cannot assign requested address",
        "Network is down",
        "Network is unreachable",
        "Network dropped connection on reset",
        "Software caused connection abort",
        "Connection reset by peer",
        "No buffer space available",
        "Transport endpoint is already connected",
        "Transport endpoint is not connected",
        "Cannot send after transport endpoint shutdown",
        "Too many references: cannot splice",
        "Connection timed out",
        "Connection refused",
        "Host is down",
        "No route to host",
        "Operation already in progress",
        "Operation now in progress",
        "Stale file handle",
        "Structure needs cleaning",
        "Not a XENIX named type file",
        "No XENIX semaphores available",
        "Is a named type file",
        "Remote I/O error",
        "Disk quota exceeded",
        "No medium found",
        "Wrong medium type",
        "Operation canceled",
        "Required key not available",
        "Key has expired",
        "Key has been revoked",
        "Key was rejected by service",
        "Owner died",
        "State not recoverable",
        "Operation not possible due to RF-kill",
        "Memory page has hardware error",
    };

    /** The emulated working directory (see the class comment). */
    private static Path cwd = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
    private static final Map<Integer, FileChannel> FILES = new HashMap<>();
    private static final Map<Integer, Boolean> APPEND = new HashMap<>();
    private static int nextFd = 3;
    private static final Map<String, String> ENV = new TreeMap<>(System.getenv());

    public static String strerror(int code) {
        return code >= 0 && code < STRERROR.length ? STRERROR[code] : "Unknown error " + code;
    }

    /** Resolves a path against the emulated working directory. */
    public static Path resolve(String p) {
        return cwd.resolve(p);
    }

    static PyException oserror(int errno, PyObject filename) {
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), filename};
        PyObject e = Abstract.call(PyBaseException.OSError, args, null);
        return new PyException((PyBaseException) e);
    }

    static PyException oserror2(int errno, PyObject filename, PyObject filename2) {
        PyObject e = Abstract.call(PyBaseException.OSError, new PyObject[] {PyInt.of(errno),
            PyStr.of(strerror(errno)), filename, PyNone.None, filename2}, null);
        return new PyException((PyBaseException) e);
    }

    /** The errno of a Java I/O failure. */
    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (r != null) {
            for (int k = 1; k < STRERROR.length; k++) {
                if (r.contains(STRERROR[k])) {
                    return k;
                }
            }
        }
        return EIO;
    }

    static PyException oserror(IOException e, PyObject filename) {
        return oserror(errnoOf(e), filename);
    }

    /** The path string of a str, bytes or os.PathLike argument. */
    static String path(PyObject p) {
        if (p instanceof PyStr s) {
            if (s.value.indexOf('\0') >= 0) {
                throw PyException.valueError("embedded null byte");
            }
            return s.value;
        }
        if (p instanceof PyBytes b) {
            return decodeFs(b.toByteArray());
        }
        PyObject f = p.type().lookup("__fspath__");
        if (f != null) {
            return path(Abstract.callBound(f, p, new PyObject[0], null));
        }
        throw PyException.typeError("expected str, bytes or os.PathLike object, not " + p.type().name());
    }

    static String decodeFs(byte[] b) {
        return Abstract.callMethod(new PyBytes(b), "decode", PyStr.of("utf-8"), PyStr.of("surrogateescape")).toString();
    }

    static PyObject sameKind(PyObject arg, String s) {
        if (arg instanceof PyBytes) {
            return Abstract.callMethod(PyStr.of(s), "encode", PyStr.of("utf-8"), PyStr.of("surrogateescape"));
        }
        return PyStr.of(s);
    }

    private static int fdArg(PyObject o) {
        return (int) Abstract.asLong(o);
    }

    private static FileChannel channel(int fd) {
        FileChannel c = FILES.get(fd);
        if (c == null) {
            throw oserror(EBADF, null);
        }
        return c;
    }

    private static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray || o instanceof PyMemoryView) {
            return ((PyBytes) Abstract.call(PyBytes.TYPE, o)).toByteArray();
        }
        throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** A new module for a new interpreter: the working directory, environment and descriptors start afresh. */
    public static PyModule create() {
        cwd = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        ENV.clear();
        ENV.putAll(System.getenv());
        for (FileChannel c : FILES.values()) {
            try {
                c.close();
            } catch (IOException e) {
                // a descriptor the previous interpreter leaked: nothing to report to
            }
        }
        FILES.clear();
        APPEND.clear();
        nextFd = 3;
        PyModule m = new PyModule("posix");
        m.add("O_RDONLY", PyInt.of(0)).add("O_WRONLY", PyInt.of(1)).add("O_RDWR", PyInt.of(2))
                .add("O_CREAT", PyInt.of(0100)).add("O_EXCL", PyInt.of(0200)).add("O_TRUNC", PyInt.of(01000))
                .add("O_APPEND", PyInt.of(02000)).add("O_CLOEXEC", PyInt.of(02000000))
                .add("O_NONBLOCK", PyInt.of(04000)).add("O_NOFOLLOW", PyInt.of(0400000))
                .add("O_DIRECTORY", PyInt.of(0200000));
        m.add("F_OK", PyInt.of(0)).add("R_OK", PyInt.of(4)).add("W_OK", PyInt.of(2)).add("X_OK", PyInt.of(1));
        m.add("SEEK_SET", PyInt.of(0)).add("SEEK_CUR", PyInt.of(1)).add("SEEK_END", PyInt.of(2));
        m.function("strerror", 1, 1, (PyMethodDescr.Fn.F1) (s, c) -> PyStr.of(strerror((int) Abstract.asLong(c))));
        m.function("getcwd", 0, 0, (PyMethodDescr.Fn.F0) s -> PyStr.of(cwd.toString()));
        m.function("getcwdb", 0, 0, (PyMethodDescr.Fn.F0) s -> sameKind(PyBytes.EMPTY, cwd.toString()));
        m.function("chdir", 1, 1, (PyMethodDescr.Fn.F1) (s, p) -> {
            Path target = resolve(path(p)).normalize();
            if (!Files.exists(target)) {
                throw oserror(ENOENT, p);
            }
            if (!Files.isDirectory(target)) {
                throw oserror(ENOTDIR, p);
            }
            try {
                cwd = target.toRealPath();
            } catch (IOException e) {
                throw oserror(e, p);
            }
            return PyNone.None;
        });
        m.function("getpid", 0, 0, (PyMethodDescr.Fn.F0) s -> PyInt.of(ProcessHandle.current().pid()));
        m.function("getppid", 0, 0, (PyMethodDescr.Fn.F0) s -> PyInt.of(ProcessHandle.current().parent()
                .map(ProcessHandle::pid).orElse(1L)));
        m.function("cpu_count", 0, 0, (PyMethodDescr.Fn.F0) s ->
                PyInt.of(java.lang.Runtime.getRuntime().availableProcessors()));
        SecureRandom random = new SecureRandom();
        m.function("urandom", 1, 1, (PyMethodDescr.Fn.F1) (s, n) -> {
            long size = Abstract.asLong(Abstract.index(n));
            if (size < 0) {
                throw PyException.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) size];
            random.nextBytes(b);
            return new PyBytes(b);
        });
        m.function("_environ", 0, 0, (PyMethodDescr.Fn.F0) s -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, String> e : ENV.entrySet()) {
                d.setItem(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
            }
            return d;
        });
        m.function("putenv", 2, 2, (PyMethodDescr.Fn.F2) (s, k, v) -> {
            String key = path(k);
            if (key.isEmpty() || key.indexOf('=') >= 0) {
                throw PyException.valueError("illegal environment variable name");
            }
            ENV.put(key, path(v));
            return PyNone.None;
        });
        m.function("unsetenv", 1, 1, (PyMethodDescr.Fn.F1) (s, k) -> {
            ENV.remove(path(k));
            return PyNone.None;
        });
        m.function("listdir", 0, 1, (PyMethodDescr.Fn.FA) (s, a) -> {
            PyObject p = a[0] == null || a[0] == PyNone.None ? PyStr.of(".") : a[0];
            Path dir = resolve(path(p));
            List<PyObject> names = new ArrayList<>();
            try (var stream = Files.newDirectoryStream(dir)) {
                for (Path e : stream) {
                    names.add(sameKind(p, e.getFileName().toString()));
                }
            } catch (IOException e) {
                throw oserror(Files.exists(dir) && !Files.isDirectory(dir) ? ENOTDIR : errnoOf(e), p);
            }
            return new PyList(names);
        });
        m.function("stat", 1, 2, (PyMethodDescr.Fn.FA) (s, a) ->
                stat(a[0], a[1] == null || Abstract.isTrue(a[1])));
        m.function("lstat", 1, 1, (PyMethodDescr.Fn.F1) (s, p) -> stat(p, false));
        m.function("fstat", 1, 1, (PyMethodDescr.Fn.F1) (s, fd) -> {
            FileChannel c = channel(fdArg(fd));
            try {
                long size = c.size();
                return PyTuple.of(PyInt.of(0100644), PyInt.of(0), PyInt.of(0), PyInt.of(1), PyInt.of(0),
                        PyInt.of(0), PyInt.of(size), PyInt.of(0), PyInt.of(0), PyInt.of(0));
            } catch (IOException e) {
                throw oserror(e, null);
            }
        });
        m.function("access", 2, 2, (PyMethodDescr.Fn.F2) (s, p, mode) -> {
            Path f = resolve(path(p));
            long md = Abstract.asLong(mode);
            boolean ok = Files.exists(f) && ((md & 4) == 0 || Files.isReadable(f))
                    && ((md & 2) == 0 || Files.isWritable(f)) && ((md & 1) == 0 || Files.isExecutable(f));
            return PyBool.of(ok);
        });
        m.function("mkdir", 1, 2, (PyMethodDescr.Fn.FA) (s, a) -> {
            Path d = resolve(path(a[0]));
            try {
                Files.createDirectory(d);
            } catch (IOException e) {
                throw oserror(e, a[0]);
            }
            return PyNone.None;
        });
        m.function("rmdir", 1, 1, (PyMethodDescr.Fn.F1) (s, p) -> {
            Path d = resolve(path(p));
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw oserror(ENOTDIR, p);
            }
            try {
                Files.delete(d);
            } catch (IOException e) {
                throw oserror(e, p);
            }
            return PyNone.None;
        });
        PyMethodDescr.Fn.F1 unlink = (s, p) -> {
            Path f = resolve(path(p));
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                throw oserror(EISDIR, p);
            }
            try {
                Files.delete(f);
            } catch (IOException e) {
                throw oserror(e, p);
            }
            return PyNone.None;
        };
        m.function("unlink", 1, 1, unlink);
        m.function("remove", 1, 1, unlink);
        PyMethodDescr.Fn.F2 rename = (s, a, b) -> {
            Path from = resolve(path(a));
            Path to = resolve(path(b));
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                throw oserror2(ENOENT, a, b);
            }
            if (Files.isDirectory(to) && !Files.isDirectory(from)) {
                throw oserror2(EISDIR, a, b);
            }
            if (Files.isDirectory(from) && Files.exists(to) && !Files.isDirectory(to)) {
                throw oserror2(ENOTDIR, a, b);
            }
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw oserror2(errnoOf(e), a, b);
            }
            return PyNone.None;
        };
        m.function("rename", 2, 2, rename);
        m.function("replace", 2, 2, rename);
        m.function("readlink", 1, 1, (PyMethodDescr.Fn.F1) (s, p) -> {
            try {
                return sameKind(p, Files.readSymbolicLink(resolve(path(p))).toString());
            } catch (IOException e) {
                throw oserror(e, p);
            }
        });
        m.function("symlink", 2, 3, (PyMethodDescr.Fn.FA) (s, a) -> {
            try {
                Files.createSymbolicLink(resolve(path(a[1])), Paths.get(path(a[0])));
            } catch (IOException e) {
                throw oserror2(errnoOf(e), a[0], a[1]);
            }
            return PyNone.None;
        });
        m.function("chmod", 2, 2, (PyMethodDescr.Fn.F2) (s, p, mode) -> {
            try {
                Files.setPosixFilePermissions(resolve(path(p)), perms((int) Abstract.asLong(mode)));
            } catch (IOException e) {
                throw oserror(e, p);
            }
            return PyNone.None;
        });
        m.function("utime", 1, 2, (PyMethodDescr.Fn.FA) (s, a) -> {
            Path f = resolve(path(a[0]));
            try {
                FileTime t = a[1] == null || a[1] == PyNone.None ? FileTime.fromMillis(System.currentTimeMillis())
                        : FileTime.from((long) (Abstract.asDouble(Abstract.getitem(a[1], PyInt.of(1))) * 1e6),
                                TimeUnit.MICROSECONDS);
                Files.setLastModifiedTime(f, t);
            } catch (IOException e) {
                throw oserror(e, a[0]);
            }
            return PyNone.None;
        });
        // ---- file descriptors
        m.function("open", 2, 3, (PyMethodDescr.Fn.FA) (s, a) -> PyInt.of(open(a[0], (int) Abstract.asLong(a[1]),
                a[2] == null ? 0666 : (int) Abstract.asLong(a[2]))));
        m.function("close", 1, 1, (PyMethodDescr.Fn.F1) (s, fd) -> {
            FileChannel c = FILES.remove(fdArg(fd));
            if (c == null) {
                throw oserror(EBADF, null);
            }
            APPEND.remove(fdArg(fd));
            try {
                c.close();
            } catch (IOException e) {
                throw oserror(e, null);
            }
            return PyNone.None;
        });
        m.function("read", 2, 2, (PyMethodDescr.Fn.F2) (s, fd, n) -> {
            FileChannel c = channel(fdArg(fd));
            long want = Abstract.asLong(n);
            if (want < 0) {
                throw PyException.valueError("negative count");
            }
            try {
                long avail = Math.max(0, c.size() - c.position());
                ByteBuffer bb = ByteBuffer.allocate((int) Math.min(want, Math.max(avail, 0)));
                while (bb.hasRemaining() && c.read(bb) > 0) {
                    // keep reading
                }
                byte[] b = new byte[bb.position()];
                bb.flip();
                bb.get(b);
                return new PyBytes(b);
            } catch (IOException e) {
                throw oserror(e, null);
            }
        });
        m.function("write", 2, 2, (PyMethodDescr.Fn.F2) (s, fd, data) -> {
            int n = fdArg(fd);
            byte[] b = bytesArg(data);
            if (n == 1 || n == 2) {
                StdStream st = n == 1 ? SysModule.stdout : SysModule.stderr;
                st.write(new String(b, StandardCharsets.UTF_8));
                st.flush();
                return PyInt.of(b.length);
            }
            FileChannel c = channel(n);
            try {
                if (APPEND.getOrDefault(n, false)) {
                    c.position(c.size());
                }
                ByteBuffer bb = ByteBuffer.wrap(b);
                while (bb.hasRemaining()) {
                    c.write(bb);
                }
                return PyInt.of(b.length);
            } catch (IOException e) {
                throw oserror(e, null);
            }
        });
        m.function("lseek", 3, 3, (PyMethodDescr.Fn.FA) (s, a) -> {
            FileChannel c = channel(fdArg(a[0]));
            long pos = Abstract.asLong(a[1]);
            int how = (int) Abstract.asLong(a[2]);
            try {
                long base = how == 0 ? 0 : how == 1 ? c.position() : how == 2 ? c.size() : -1;
                if (base < 0 || base + pos < 0) {
                    throw oserror(EINVAL, null);
                }
                c.position(base + pos);
                return PyInt.of(base + pos);
            } catch (IOException e) {
                throw oserror(e, null);
            }
        });
        m.function("ftruncate", 2, 2, (PyMethodDescr.Fn.F2) (s, fd, size) -> {
            FileChannel c = channel(fdArg(fd));
            try {
                long n = Abstract.asLong(size);
                long pos = c.position();
                if (n < c.size()) {
                    c.truncate(n);
                } else if (n > c.size()) {
                    c.write(ByteBuffer.allocate(1), n - 1);
                }
                c.position(pos);
            } catch (IOException e) {
                throw oserror(e, null);
            }
            return PyNone.None;
        });
        m.function("isatty", 1, 1, (PyMethodDescr.Fn.F1) (s, fd) -> PyBool.of(fdArg(fd) <= 2
                && fdArg(fd) >= 0 && System.console() != null));
        m.function("fsync", 1, 1, (PyMethodDescr.Fn.F1) (s, fd) -> {
            try {
                channel(fdArg(fd)).force(true);
            } catch (IOException e) {
                throw oserror(e, null);
            }
            return PyNone.None;
        });
        return m;
    }

    private static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> set = new HashSet<>();
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int k = 0; k < 9; k++) {
            if ((mode & (1 << k)) != 0) {
                set.add(all[k]);
            }
        }
        return set;
    }

    private static int open(PyObject p, int flags, int mode) {
        Path f = resolve(path(p));
        int acc = flags & 3;
        Set<OpenOption> opts = new HashSet<>();
        if (acc == 0 || acc == 2) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == 1 || acc == 2) {
            opts.add(StandardOpenOption.WRITE);
        }
        boolean creat = (flags & 0100) != 0;
        boolean excl = (flags & 0200) != 0;
        if (creat && excl) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (creat) {
            opts.add(StandardOpenOption.CREATE);
        }
        if (Files.isDirectory(f)) {
            throw oserror(creat && excl ? EEXIST : EISDIR, p);
        }
        Path parent = f.getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw oserror(ENOTDIR, p);
        }
        try {
            FileChannel c = FileChannel.open(f, opts);
            if ((flags & 01000) != 0 && acc != 0) {
                c.truncate(0);
            }
            int fd = nextFd++;
            FILES.put(fd, c);
            if ((flags & 02000) != 0) {
                APPEND.put(fd, true);
                c.position(c.size());
            }
            return fd;
        } catch (IOException e) {
            throw oserror(e, p);
        }
    }

    private static PyObject stat(PyObject p, boolean follow) {
        if (p instanceof PyInt) {
            FileChannel c = channel(fdArg(p));
            try {
                return PyTuple.of(PyInt.of(0100644), PyInt.of(0), PyInt.of(0), PyInt.of(1), PyInt.of(0),
                        PyInt.of(0), PyInt.of(c.size()), PyInt.of(0), PyInt.of(0), PyInt.of(0));
            } catch (IOException e) {
                throw oserror(e, null);
            }
        }
        Path f = resolve(path(p));
        try {
            Map<String, Object> a = follow ? Files.readAttributes(f, "unix:*")
                    : Files.readAttributes(f, "unix:*", LinkOption.NOFOLLOW_LINKS);
            return PyTuple.of(PyInt.of(((Number) a.get("mode")).longValue()),
                    PyInt.of(((Number) a.get("ino")).longValue()), PyInt.of(((Number) a.get("dev")).longValue()),
                    PyInt.of(((Number) a.get("nlink")).longValue()), PyInt.of(((Number) a.get("uid")).longValue()),
                    PyInt.of(((Number) a.get("gid")).longValue()), PyInt.of(((Number) a.get("size")).longValue()),
                    nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")));
        } catch (IOException e) {
            throw oserror(e, p);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw oserror(EIO, p);
        }
    }

    private static PyObject nanos(Object t) {
        java.time.Instant i = ((FileTime) t).toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger
                .valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }
}
