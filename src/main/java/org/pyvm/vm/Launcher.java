package org.pyvm.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.SourceCompiler;
import org.pyvm.modules.SysModule;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;

/**
 * Runs a program as {@code python FILE}, {@code python -c CODE} or {@code python -m MODULE} do: sets up
 * {@code sys.argv} and {@code sys.path}, runs the code as {@code __main__}, prints an uncaught exception's
 * traceback on stderr and turns the outcome into an exit status (SystemExit's code; 1 after a traceback).
 * The program runs on a thread with a large stack, so deep Python recursion reaches the recursion limit, not the
 * end of the Java stack.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Options of a run. */
    public static final class Options {
        public boolean dontWriteBytecode;
        public boolean trace;
        /** The standard streams (the process's by default). */
        public SysModule.Streams streams;
        /** The name the program is shown by (sys.argv[0], __file__, tracebacks); the file's path if null. */
        public String shownName;
        /** Ctrl-C raises KeyboardInterrupt (the pyvm command sets this; embedders and tests need not). */
        public boolean handleInterrupts;
        /** Use only compiled files: behave as pyvm.jar alone does, even with the compiler present. */
        public boolean noCompiler;
    }

    /** {@code pyvm run FILE ARGS...}. */
    public static int runFile(String file, List<String> args, Options opt) {
        Path path = Path.of(file);
        java.io.PrintStream early = new java.io.PrintStream(opt.streams != null ? opt.streams.err()
                : new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        if (!Files.exists(path)) {
            early.println("pyvm: can't open file '" + absolute(path) + "': [Errno 2] No such file or directory");
            return 2;
        }
        if (Files.isDirectory(path)) {
            early.println("pyvm: can't find '__main__' module in '" + file + "'");
            return 1;
        }
        // as CPython: sys.argv[0] is the path as given; __file__ and the code's file name are made absolute (the
        // working directory joined to it, not normalized)
        String shown = opt.shownName != null ? opt.shownName
                : path.isAbsolute() ? file : Path.of("").toAbsolutePath() + "/" + file;
        List<String> argv = new ArrayList<>();
        argv.add(opt.shownName != null ? opt.shownName : file);
        argv.addAll(args);
        Path dir = path.toAbsolutePath().getParent();
        init(argv, dir == null ? "" : dir.toString(), opt);
        return onBigStack(() -> {
            PyCode code;
            try {
                code = loadMain(path, shown, file);
            } catch (MainLoadError e) {
                return e.status;
            }
            return runMain(code, shown);
        });
    }

    /** {@code pyvm -c CODE ARGS...}. */
    public static int runCommand(String source, List<String> args, Options opt) {
        List<String> argv = new ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        init(argv, "", opt);
        return onBigStack(() -> {
            SourceCompiler c = Importer.compiler().orElse(null);
            if (c == null) {
                writeErrLine("pyvm: -c needs the compiler, which this pyvm does not have (pyvm.jar alone)");
                return 2;
            }
            PyCode code;
            try {
                code = new PyCode(c.compileMode(source, "<string>", "exec"));
            } catch (SourceCompiler.SourceError e) {
                writeErr(e.display());
                return 1;
            }
            return runMain(code, null);
        });
    }

    /** {@code pyvm -m MODULE ARGS...}. */
    public static int runModule(String module, List<String> args, Options opt) {
        List<String> argv = new ArrayList<>();
        argv.add("-m");
        argv.addAll(args);
        init(argv, Path.of("").toAbsolutePath().toString(), opt);
        return onBigStack(() -> {
            Path file;
            try {
                file = Importer.findModuleFile(module);
            } catch (PyException e) {
                flushOut();
                writeErrLine("pyvm: Error while finding module specification for '" + module + "' ("
                        + TracebackPrinter.exceptionOnly(e.value).strip() + ")");
                return 1;
            }
            if (file == null) {
                writeErrLine("pyvm: No module named " + module);
                return 1;
            }
            Abstract.setitem(Runtime.sys.dict.getStr("argv"), PyInt.of(0), PyStr.of(file.toString()));
            PyCode code;
            try {
                code = loadMain(file, file.toString(), module);
            } catch (MainLoadError e) {
                return e.status;
            }
            return runMain(code, file.toString());
        });
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static void init(List<String> argv, String path0, Options opt) {
        List<String> path = new ArrayList<>();
        path.add(path0);
        String pp = System.getenv("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String p : pp.split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        path.add(Importer.LIB);
        Runtime.reset();  // each run is a new interpreter
        Runtime.init(argv, path, System.getProperty("pyvm.executable", "pyvm"),
                opt.streams != null ? opt.streams : SysModule.Streams.process());
        Importer.disableCompiler = opt.noCompiler;
        String env = System.getenv("PYTHONDONTWRITEBYTECODE");
        if (opt.dontWriteBytecode || (env != null && !env.isEmpty())) {
            Runtime.sys.dict.setStr("dont_write_bytecode", PyBool.True);
        }
        Tracer.enabled = opt.trace;
        if (opt.trace) {
            Tracer.out = new java.io.PrintStream(opt.streams != null ? opt.streams.err()
                    : new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (opt.handleInterrupts) {
            installInterruptHandler();
        }
    }

    private static final class MainLoadError extends Exception {
        final int status;

        MainLoadError(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** The main script's code: a compiled file, or a .py file compiled (through its cache). */
    private static PyCode loadMain(Path path, String shown, String given) throws MainLoadError {
        String name = path.getFileName().toString();
        try {
            if (!name.endsWith(".py")) {
                return new PyCode(org.pyvm.bytecode.BytecodeReader.read(path).code());
            }
            if (Importer.compiler().isEmpty()) {
                java.nio.file.Path cache = org.pyvm.bytecode.BytecodeFormat.cachePath(path);
                if (!Files.isRegularFile(cache)) {
                    writeErrLine("pyvm: " + given + ": a .py file must be compiled first (pyc-compile); this "
                            + "pyvm has no compiler");
                    throw new MainLoadError(2);
                }
            }
            return Importer.loadMainCode(path, shown);
        } catch (BadBytecodeException e) {
            writeErrLine("pyvm: " + e.getMessage());
            throw new MainLoadError(1);
        } catch (NoSuchFileException e) {
            writeErrLine("pyvm: can't open file '" + absolute(path) + "': [Errno 2] No such file or directory");
            throw new MainLoadError(2);
        } catch (IOException e) {
            writeErrLine("pyvm: can't open file '" + absolute(path) + "': " + e.getMessage());
            throw new MainLoadError(2);
        } catch (Importer.CompileFailure e) {
            writeErr(e.error.display());
            throw new MainLoadError(1);
        }
    }

    /** Runs code as __main__ and returns the exit status. */
    static int runMain(PyCode code, String file) {
        PyModule main = new PyModule("__main__");
        main.dict.setStr("__builtins__", Runtime.builtins);
        if (file != null) {
            main.dict.setStr("__file__", PyStr.of(file));
        }
        Runtime.modules.setStr("__main__", main);
        int status;
        try {
            Interpreter.runCode(code, main.dict, main.dict, null);
            status = 0;
        } catch (PyException e) {
            status = handleUncaught(e);
        }
        flushOut();
        return status;
    }

    static void flushOut() {
        try {
            PyObject out = Runtime.sys.dict.getStr("stdout");
            if (out != null) {
                Abstract.callMethod(out, "flush");
            }
        } catch (PyException e) {
            // nothing more to do at exit
        }
        if (SysModule.stdout != null) {
            SysModule.stdout.flush();
        }
    }

    /** SystemExit's status, or the traceback on stderr and 1. */
    static int handleUncaught(PyException e) {
        PyBaseException exc = e.value;
        if (exc.type().isSubtype(PyBaseException.SystemExit)) {
            PyObject code = Abstract.getattrOrNull(exc, "code");
            if (code == null || code == PyNone.None) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.longValue();
            }
            flushOut();
            writeErr(Abstract.str(code).value + "\n");
            return 1;
        }
        flushOut();
        writeErr(TracebackPrinter.format(exc));
        return exc.type().isSubtype(PyBaseException.KeyboardInterrupt) ? 130 : 1;
    }

    private static void writeErrLine(String s) {
        writeErr(s + "\n");
    }

    private static void writeErr(String s) {
        try {
            PyObject err = Runtime.sys == null ? null : Runtime.sys.dict.getStr("stderr");
            if (err != null && err != PyNone.None) {
                Abstract.callMethod(err, "write", PyStr.of(s));
                Abstract.callMethod(err, "flush");
                return;
            }
        } catch (PyException ignored) {
            // fall back to the process's stderr
        }
        System.err.print(s);
        System.err.flush();
    }

    /** Runs the program on a thread with a 1 GiB stack (reserved, not committed). */
    private static int onBigStack(java.util.function.IntSupplier body) {
        int[] result = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.getAsInt();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "pyvm-main", 1L << 30);
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException ignored) {
                // keep waiting for the program
            }
        }
        if (failure[0] instanceof OutOfMemoryError) {
            flushOut();
            writeErr("MemoryError\n");
            return 1;
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return result[0];
    }

    private static void installInterruptHandler() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> ThreadState.current().interrupted = true);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform
        }
    }
}
