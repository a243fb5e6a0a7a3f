package org.pyvm.modules;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.List;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;
import org.pyvm.vm.Frame;
import org.pyvm.vm.ThreadState;

/** {@code sys}: the interpreter's own module (argv, path, modules, the standard streams, limits, exceptions). */
public final class SysModule {
    private SysModule() {
    }

    public static final String VERSION = "3.12.1 (pyvm) [Java " + System.getProperty("java.version") + "]";

    /** The standard output stream (flushed at exit). */
    public static StdStream stdout;
    public static StdStream stderr;

    /** Where the standard streams go: the process's by default, or captured (tests, embedding). */
    public record Streams(java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err) {
        public static Streams process() {
            return new Streams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                    new FileOutputStream(FileDescriptor.err));
        }
    }

    public static PyModule create(List<String> argv, List<String> path, String executable, Streams streams) {
        PyModule m = new PyModule("sys");
        m.isBuiltin = true;
        stdout = StdStream.output("<stdout>", 1, streams.out(), 1 << 16);
        stderr = StdStream.output("<stderr>", 2, streams.err(), 0);
        stderr.flushFirst = stdout;
        StdStream stdin = StdStream.input("<stdin>", streams.in());
        m.add("stdout", stdout).add("stderr", stderr).add("stdin", stdin);
        m.add("__stdout__", stdout).add("__stderr__", stderr).add("__stdin__", stdin);
        m.add("argv", strList(argv));
        m.add("orig_argv", strList(argv));
        m.add("path", strList(path));
        m.add("modules", new PyDict());
        m.add("meta_path", new PyList());
        m.add("path_hooks", new PyList());
        m.add("path_importer_cache", new PyDict());
        m.add("warnoptions", new PyList());
        m.add("dont_write_bytecode", PyBool.False);
        m.add("executable", PyStr.of(executable));
        m.add("platform", PyStr.of("linux"));
        m.add("byteorder", PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? "big"
                : "little"));
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("maxunicode", PyInt.of(0x10FFFF));
        m.add("version", PyStr.of(VERSION));
        m.add("version_info", new VersionInfo());
        m.add("hexversion", PyInt.of(0x030C01F0));
        m.add("api_version", PyInt.of(1013));
        m.add("copyright", PyStr.of("Copyright (c) the pyvm authors."));
        m.add("prefix", PyStr.of("")).add("exec_prefix", PyStr.of("")).add("base_prefix", PyStr.of(""));
        m.add("platlibdir", PyStr.of("lib"));
        m.add("pycache_prefix", PyNone.None);
        m.add("float_repr_style", PyStr.of("short"));
        String[] natives = NativeModules.NAMES;
        PyObject[] names = new PyObject[natives.length + 2];
        names[0] = PyStr.of("builtins");
        names[1] = PyStr.of("sys");
        for (int k = 0; k < natives.length; k++) {
            names[k + 2] = PyStr.of(natives[k]);
        }
        m.add("builtin_module_names", new PyTuple(names));
        m.add("stdlib_module_names", stdlibModuleNames());
        m.add("implementation", namespace("implementation", new String[] {"name", "cache_tag", "version"},
                new PyObject[] {PyStr.of("pyvm"), PyStr.of("pyvm-1"), m.dict.getStr("version_info")}));
        m.function("exit", 0, 1, (PyMethodDescr.Fn.FA) (self, a) -> {
            throw a[0] == null || a[0] == PyNone.None ? PyException.of(PyBaseException.SystemExit, (String) null)
                    : PyException.of(PyBaseException.SystemExit, a[0]);
        });
        m.function("getrecursionlimit", 0, 0, (PyMethodDescr.Fn.F0) self ->
                PyInt.of(ThreadState.current().recursionLimit()));
        m.function("setrecursionlimit", 1, 1, (PyMethodDescr.Fn.F1) (self, n) -> {
            if (!(n instanceof PyInt)) {
                throw PyException.typeError("'" + n.type().name() + "' object cannot be interpreted as an integer");
            }
            long v = Abstract.asLong(n);
            if (v < 1) {
                throw PyException.valueError("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            if (v <= ts.depth()) {
                throw PyException.of(PyBaseException.RecursionError, "cannot set the recursion limit to " + v
                        + " at the recursion depth " + ts.depth() + ": the limit is too low");
            }
            ts.setRecursionLimit((int) Math.min(v, Integer.MAX_VALUE));
            return PyNone.None;
        });
        m.function("exception", 0, 0, (PyMethodDescr.Fn.F0) self -> {
            PyBaseException e = ThreadState.current().handledException();
            return e == null ? PyNone.None : e;
        });
        m.function("exc_info", 0, 0, (PyMethodDescr.Fn.F0) self -> {
            PyBaseException e = ThreadState.current().handledException();
            if (e == null) {
                return PyTuple.of(PyNone.None, PyNone.None, PyNone.None);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.None : e.traceback);
        });
        m.function("intern", 1, 1, (PyMethodDescr.Fn.F1) (self, s) -> {
            if (!(s instanceof PyStr str) || str.type() != PyStr.TYPE) {
                throw PyException.typeError("intern() argument must be str, not " + s.type().name());
            }
            return s;
        });
        m.function("_getframe", 0, 1, (PyMethodDescr.Fn.FA) (self, a) -> {
            long depth = a[0] == null ? 0 : Abstract.asLong(a[0]);
            Frame f = ThreadState.current().frame();
            for (long k = 0; k < depth && f != null; k++) {
                f = (Frame) (Abstract.getattr(f, "f_back") instanceof Frame b ? b : null);
            }
            if (f == null) {
                throw PyException.valueError("call stack is not deep enough");
            }
            return f;
        });
        m.function("breakpointhook", 0, Integer.MAX_VALUE, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            Abstract.callMethod(m.dict.getStr("stderr"), "write", PyStr.of(
                    "RuntimeWarning: pyvm has no debugger (pdb): breakpoint() is ignored\n"));
            return PyNone.None;
        });
        m.add("__breakpointhook__", m.dict.getStr("breakpointhook"));
        m.function("getdefaultencoding", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("utf-8"));
        m.function("getfilesystemencoding", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("utf-8"));
        m.function("getfilesystemencodeerrors", 0, 0, (PyMethodDescr.Fn.F0) self -> PyStr.of("surrogateescape"));
        m.function("getsizeof", 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
            PyObject f = a[0].type().lookup("__sizeof__");
            if (f != null) {
                return Abstract.callBound(f, a[0], new PyObject[0], null);
            }
            return PyInt.of(16);
        });
        m.function("getrefcount", 1, 1, (PyMethodDescr.Fn.F1) (self, o) -> PyInt.of(2));
        m.function("is_finalizing", 0, 0, (PyMethodDescr.Fn.F0) self -> PyBool.False);
        m.add("base_exec_prefix", PyStr.of(""));
        m.add("flags", namespace("flags", new String[] {"debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
            "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits"}, new PyObject[] {PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0),
                PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0),
                PyInt.of(1), PyInt.of(0), PyBool.False, PyInt.of(0), PyInt.of(0), PyBool.False, PyInt.of(-1)}));
        m.add("hash_info", namespace("hash_info", new String[] {"width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff"}, new PyObject[] {PyInt.of(64),
                PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"),
                PyInt.of(64), PyInt.of(128), PyInt.of(0)}));
        m.add("int_info", namespace("int_info", new String[] {"bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold"}, new PyObject[] {PyInt.of(30), PyInt.of(4),
                PyInt.of(4300), PyInt.of(640)}));
        m.function("displayhook", 1, 1, (PyMethodDescr.Fn.F1) (self, v) -> {
            if (v != PyNone.None) {
                PyObject builtins = m.dict.getStr("modules") instanceof PyDict mods ? mods.getStr("builtins") : null;
                if (builtins != null) {
                    Abstract.setattr(builtins, "_", PyNone.None);
                }
                Abstract.callMethod(m.dict.getStr("stdout"), "write", PyStr.of(Abstract.repr(v).value + "\n"));
                if (builtins != null) {
                    Abstract.setattr(builtins, "_", v);
                }
            }
            return PyNone.None;
        });
        m.function("excepthook", 3, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            if (a[1] instanceof PyBaseException e) {
                Abstract.callMethod(m.dict.getStr("stderr"), "write",
                        PyStr.of(org.pyvm.vm.TracebackPrinter.format(e)));
            }
            return PyNone.None;
        });
        m.add("__displayhook__", m.dict.getStr("displayhook"));
        m.add("__excepthook__", m.dict.getStr("excepthook"));
        m.add("float_info", namespace("float_info", new String[] {"max", "min", "epsilon", "dig", "mant_dig",
            "max_exp", "min_exp", "max_10_exp", "min_10_exp", "radix", "rounds"}, new PyObject[] {
                PyFloat.of(Double.MAX_VALUE), PyFloat.of(Double.MIN_NORMAL), PyFloat.of(Math.ulp(1.0)), PyInt.of(15),
                PyInt.of(53), PyInt.of(1024), PyInt.of(-1021), PyInt.of(308), PyInt.of(-307), PyInt.of(2),
                PyInt.of(1)}));
        return m;
    }

    /** CPython 3.12's sys.stdlib_module_names (a resource generated by tools/stdlib_module_names.py). */
    private static PyObject stdlibModuleNames() {
        PyList names = new PyList();
        try (java.io.InputStream in = SysModule.class.getClassLoader()
                .getResourceAsStream("pyvm/stdlib_module_names.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.append(PyStr.of(line.strip()));
                    }
                }
            }
        } catch (java.io.IOException e) {
            // an empty set then
        }
        return org.pyvm.objects.PyFrozenSet.from(names);
    }

    /** {@code sys.version_info}: the tuple (3, 12, 1, 'final', 0) with named fields, as CPython's struct sequence. */
    static final class VersionInfo extends PyTuple {
        private static final String[] FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
        static final PyType TYPE = PyType.builtinSameLayout("version_info", PyTuple.TYPE, VersionInfo::define)
                .inModule("sys");

        static {
            TYPE.repr = self -> {
                StringBuilder sb = new StringBuilder("sys.version_info(");
                for (int i = 0; i < FIELDS.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(FIELDS[i]).append('=')
                            .append(Abstract.repr(((VersionInfo) self).get(i)).value);
                }
                return PyStr.of(sb.append(')').toString());
            };
            TYPE.newSlot = (type, args, kw) -> {
                throw PyException.typeError("cannot create 'sys.version_info' instances");
            };
        }

        VersionInfo() {
            super(TYPE, new PyObject[] {PyInt.of(3), PyInt.of(12), PyInt.of(1), PyStr.of("final"), PyInt.of(0)});
        }

        private static void define(PyType t) {
            for (int i = 0; i < FIELDS.length; i++) {
                int k = i;
                t.define(FIELDS[i], new org.pyvm.objects.PyGetSetDescr(t, FIELDS[i],
                        self -> ((VersionInfo) self).get(k), null));
            }
        }
    }

    private static PyList strList(List<String> items) {
        PyList l = new PyList();
        for (String s : items) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    /** A simple attribute namespace (until types.SimpleNamespace exists): an instance of a small class. */
    private static PyObject namespace(String name, String[] fields, PyObject[] values) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("sys"));
        PyType t = PyType.newHeapType(PyType.TYPE, name, new PyType[] {PyType.OBJECT}, ns, null, null);
        PyObject o = Abstract.call(t);
        for (int k = 0; k < fields.length; k++) {
            Abstract.setattr(o, fields[k], values[k]);
        }
        return o;
    }
}
