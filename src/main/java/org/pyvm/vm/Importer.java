package org.pyvm.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.pyvm.bytecode.BadBytecodeException;
import org.pyvm.bytecode.BytecodeFile;
import org.pyvm.bytecode.BytecodeFormat;
import org.pyvm.bytecode.BytecodeReader;
import org.pyvm.bytecode.BytecodeWriter;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.SourceCompiler;
import org.pyvm.bytecode.SourceStamp;
import org.pyvm.modules.NativeModules;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;

/**
 * The import system: {@code sys.modules}, native modules ({@link NativeModules}), then {@code .py} files and
 * compiled files on {@code sys.path} (or the package's {@code __path__}). A {@code .py} file's bytecode is cached
 * in {@code __pycache__/NAME.pyvm-1.pyc} (atomic writes; recompiled when the source's stamp no longer matches;
 * not written when {@code sys.dont_write_bytecode} is true). Without a compiler on the class path only compiled
 * files can be imported, and a {@code .py} without an up-to-date cache is an ImportError saying so.
 */
public final class Importer {
    private Importer() {
    }

    private static Optional<SourceCompiler> compiler;
    /** Behave as if no compiler were present (tests of the pyvm.jar-alone path). */
    static boolean disableCompiler;

    /** The compiler found through ServiceLoader (looked up once), or empty. */
    public static synchronized Optional<SourceCompiler> compiler() {
        if (disableCompiler) {
            return Optional.empty();
        }
        if (compiler == null) {
            compiler = SourceCompiler.find();
        }
        return compiler;
    }

    /** IMPORT_NAME: {@code __import__(name, globals, locals, fromlist, level)} with the default importer. */
    static PyObject importName(Frame f, String name, PyObject fromlist, PyObject levelObj) {
        PyObject hook = f.builtins.getStr("__import__");
        if (hook != null && hook != Runtime.defaultImport) {
            return Abstract.call(hook, PyStr.of(name), f.globals, f.locals == null ? PyNone.None : f.locals,
                    fromlist, levelObj);
        }
        return importModuleLevel(name, f.globals, fromlist, (int) Abstract.asLong(levelObj));
    }

    /** {@code __import__} semantics. */
    public static PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw PyException.valueError("level must be >= 0");
        }
        String absName = name;
        if (level > 0) {
            String pkg = packageOf(globals);
            absName = resolve(name, pkg, level);
        } else if (name.isEmpty()) {
            throw PyException.valueError("Empty module name");
        }
        PyObject module = importModule(absName);
        boolean hasFrom = fromlist != null && fromlist != PyNone.None && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return level == 0 ? module : module;
                }
                String top = level == 0 ? name.substring(0, dot)
                        : absName.substring(0, absName.length() - (name.length() - dot));
                PyObject m = Runtime.modules.getStr(top);
                return m != null ? m : module;
            }
            return module;
        }
        if (module instanceof PyModule pm && pm.dict.getStr("__path__") != null) {
            for (PyObject x : Abstract.toArray(fromlist)) {
                if (!(x instanceof PyStr xs)) {
                    continue;
                }
                if (xs.value.equals("*")) {
                    PyObject all = pm.dict.getStr("__all__");
                    if (all != null) {
                        for (PyObject a : Abstract.toArray(all)) {
                            ensureSubmodule(pm, absName, ((PyStr) a).value);
                        }
                    }
                } else {
                    ensureSubmodule(pm, absName, xs.value);
                }
            }
        }
        return module;
    }

    private static void ensureSubmodule(PyModule pkg, String pkgName, String attr) {
        if (pkg.dict.getStr(attr) != null) {
            return;
        }
        String full = pkgName + "." + attr;
        try {
            importModule(full);
        } catch (PyException e) {
            if (e.matches(PyBaseException.ModuleNotFoundError)
                    && Abstract.getattrOrNull(e.value, "name") instanceof PyStr n && n.value.equals(full)) {
                return;
            }
            throw e;
        }
    }

    private static String packageOf(PyDict globals) {
        PyObject pkg = globals.getStr("__package__");
        if (pkg instanceof PyStr s) {
            return s.value;
        }
        if (pkg != null && pkg != PyNone.None) {
            throw PyException.typeError("package must be a string");
        }
        PyObject name = globals.getStr("__name__");
        if (!(name instanceof PyStr n)) {
            throw PyException.of(PyBaseException.ImportError, "attempted relative import with no known parent package");
        }
        if (globals.getStr("__path__") != null) {
            return n.value;
        }
        int dot = n.value.lastIndexOf('.');
        return dot < 0 ? "" : n.value.substring(0, dot);
    }

    private static String resolve(String name, String pkg, int level) {
        if (pkg.isEmpty()) {
            throw PyException.of(PyBaseException.ImportError, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int k = 1; k < level; k++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyException.of(PyBaseException.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    static PyException notFound(String msg, String name) {
        PyException e = PyException.of(PyBaseException.ModuleNotFoundError, msg);
        Abstract.setattr(e.value, "name", PyStr.of(name));
        return e;
    }

    /** Imports the module with this absolute dotted name (parents first) and returns it. */
    public static PyObject importModule(String absName) {
        PyObject m = Runtime.modules.getStr(absName);
        if (m != null) {
            if (m == PyNone.None) {
                throw notFound("import of " + absName + " halted; None in sys.modules", absName);
            }
            return m;
        }
        int dot = absName.lastIndexOf('.');
        PyObject searchPath;
        if (dot >= 0) {
            String parentName = absName.substring(0, dot);
            PyObject parent = importModule(parentName);
            m = Runtime.modules.getStr(absName);
            if (m != null) {
                return m;
            }
            PyObject path = parent instanceof PyModule pm ? pm.dict.getStr("__path__") : null;
            if (path == null) {
                throw notFound("No module named '" + absName + "'; '" + parentName + "' is not a package", absName);
            }
            searchPath = path;
        } else {
            PyModule nat = Runtime.nativeModule(absName);
            if (nat != null) {
                return nat;
            }
            searchPath = Runtime.sysAttr("path");
        }
        String last = absName.substring(dot + 1);
        for (PyObject entry : Abstract.toArray(searchPath)) {
            if (!(entry instanceof PyStr dirStr)) {
                continue;
            }
            if (dirStr.value.startsWith(LIB)) {
                PyObject m2 = loadFromLib(absName, dirStr.value, last);
                if (m2 != null) {
                    return m2;
                }
                continue;
            }
            Path dir = Path.of(dirStr.value.isEmpty() ? "." : dirStr.value);
            Path pkgDir = dir.resolve(last);
            Path init = pkgDir.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return load(absName, init, pkgDir, true);
            }
            Path initCompiled = pkgDir.resolve("__init__.pyc");
            if (Files.isRegularFile(initCompiled)) {
                return load(absName, initCompiled, pkgDir, true);
            }
            Path src = dir.resolve(last + ".py");
            if (Files.isRegularFile(src)) {
                return load(absName, src, null, false);
            }
            Path compiled = dir.resolve(last + ".pyc");
            if (Files.isRegularFile(compiled)) {
                return load(absName, compiled, null, false);
            }
        }
        throw notFound("No module named '" + absName + "'", absName);
    }

    /** The sys.path entry of pyvm's own library, shipped in the jar at {@code pyvm/lib} (see LibCompiler). */
    public static final String LIB = "<pyvm-lib>";

    /** A module of the shipped library under the path entry {@code entry} ("<pyvm-lib>" or "<pyvm-lib>/pkg"). */
    private static PyObject loadFromLib(String name, String entry, String last) {
        String base = "pyvm/lib" + entry.substring(LIB.length()) + "/" + last;
        boolean pkg = true;
        byte[] data = resource(base + "/__init__.pyc");
        if (data == null) {
            pkg = false;
            data = resource(base + ".pyc");
            if (data == null) {
                return null;
            }
        }
        CodeObject co;
        try {
            co = BytecodeReader.read(data, base).code();
        } catch (BadBytecodeException e) {
            throw PyException.of(PyBaseException.ImportError, "bad bytecode file: " + e.getMessage());
        }
        String file = entry + "/" + last + (pkg ? "/__init__.py" : ".py");
        return load(name, new PyCode(co), file, pkg ? entry + "/" + last : null, pkg);
    }

    static byte[] resource(String path) {
        try (java.io.InputStream in = Importer.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static PyObject load(String name, Path file, Path pkgDir, boolean isPackage) {
        PyCode code = loadCode(file, name);
        PyObject m = load(name, code, file.toString(), pkgDir == null ? null : pkgDir.toString(), isPackage);
        String fileStr = file.toString();
        if (fileStr.endsWith(".py") && m instanceof PyModule pm) {
            pm.dict.setStr("__cached__", PyStr.of(BytecodeFormat.cachePath(file).toString()));
        }
        return m;
    }

    private static PyObject load(String name, PyCode code, String fileStr, String pkgDir, boolean isPackage) {
        PyModule module = new PyModule(name);
        PyDict d = module.dict;
        d.setStr("__file__", PyStr.of(fileStr));
        if (isPackage) {
            d.setStr("__path__", new PyList(new PyObject[] {PyStr.of(pkgDir)}));
            d.setStr("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        d.setStr("__builtins__", Runtime.builtins);
        Runtime.modules.setStr(name, module);
        Runtime.initializing.add(module);
        try {
            Interpreter.runCode(code, d, d, null);
        } catch (PyException e) {
            Runtime.modules.delStr(name);
            throw e;
        } finally {
            Runtime.initializing.remove(module);
        }
        PyObject result = Runtime.modules.getStr(name);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            PyObject parent = Runtime.modules.getStr(name.substring(0, dot));
            if (parent instanceof PyModule pm) {
                pm.dict.setStr(name.substring(dot + 1), result);
            }
        }
        return result == null ? module : result;
    }

    /** A compile error of a main script, kept as the compiler's display. */
    static final class CompileFailure extends Exception {
        final SourceCompiler.SourceError error;

        CompileFailure(SourceCompiler.SourceError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /**
     * The code of a module file: a compiled file is read and verified; a {@code .py} file comes from its
     * up-to-date cache or is compiled (and the cache written). Errors as Python exceptions.
     */
    public static PyCode loadCode(Path file, String name) {
        try {
            return codeOf(file, file.toString(), name);
        } catch (IOException e) {
            throw PyException.of(PyBaseException.OSError, e.getMessage());
        } catch (BadBytecodeException e) {
            throw PyException.of(PyBaseException.ImportError, "bad bytecode file: " + e.getMessage());
        } catch (CompileFailure e) {
            throw syntaxError(e.error);
        }
    }

    /** The main script's code (its bytecode is cached too, unlike CPython: a cold parse costs more here). */
    static PyCode loadMainCode(Path file, String shown) throws IOException, BadBytecodeException, CompileFailure {
        return codeOf(file, shown, "__main__");
    }

    private static PyCode codeOf(Path file, String codeFilename, String name)
            throws IOException, BadBytecodeException, CompileFailure {
        String fs = file.toString();
        if (!fs.endsWith(".py")) {
            return new PyCode(BytecodeReader.read(file).code());
        }
        Path cache = BytecodeFormat.cachePath(file);
        if (Files.isRegularFile(cache)) {
            try {
                byte[] data = Files.readAllBytes(cache);
                BytecodeFile header = BytecodeReader.readHeader(data, cache.toString());
                if (header.stamp().matches(file)) {
                    BytecodeFile bf = BytecodeReader.read(data, cache.toString());
                    return new PyCode(bf.code().withFilename(codeFilename));
                }
            } catch (BadBytecodeException | IOException e) {
                // a stale or damaged cache is recompiled, as CPython does
            }
        }
        Optional<SourceCompiler> c = compiler();
        if (c.isEmpty()) {
            throw PyException.of(PyBaseException.ImportError, "cannot import " + name + " from " + fs
                    + ": a .py file must be compiled first (pyc-compile); this pyvm has no compiler");
        }
        byte[] source = Files.readAllBytes(file);
        CodeObject co;
        try {
            co = c.get().compile(source, codeFilename);
        } catch (SourceCompiler.SourceError e) {
            throw new CompileFailure(e);
        }
        if (!Runtime.dontWriteBytecode()) {
            try {
                BytecodeWriter.write(cache, co, SourceStamp.of(file));
            } catch (IOException | RuntimeException e) {
                // an unwritable cache directory is not an error (CPython ignores it too)
            }
        }
        return new PyCode(co);
    }

    /** The file {@code -m name} runs: the module's file, or a package's __main__; null when not found. */
    static Path findModuleFile(String name) {
        int dot = name.lastIndexOf('.');
        PyObject searchPath;
        if (dot >= 0) {
            PyObject parent = importModule(name.substring(0, dot));
            searchPath = parent instanceof PyModule pm ? pm.dict.getStr("__path__") : null;
            if (searchPath == null) {
                return null;
            }
        } else {
            searchPath = Runtime.sysAttr("path");
        }
        String last = name.substring(dot + 1);
        for (PyObject entry : Abstract.toArray(searchPath)) {
            if (!(entry instanceof PyStr dirStr)) {
                continue;
            }
            Path dir = Path.of(dirStr.value.isEmpty() ? "." : dirStr.value);
            Path pkgMain = dir.resolve(last).resolve("__main__.py");
            if (Files.isRegularFile(dir.resolve(last).resolve("__init__.py")) && Files.isRegularFile(pkgMain)) {
                importModule(name);
                return pkgMain;
            }
            for (String ext : new String[] {".py", ".pyc"}) {
                Path f = dir.resolve(last + ext);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A SyntaxError exception object from the compiler's error. */
    public static PyException syntaxError(SourceCompiler.SourceError e) {
        org.pyvm.objects.PyType t = switch (e.kind) {
            case "IndentationError" -> PyBaseException.IndentationError;
            case "TabError" -> PyBaseException.TabError;
            default -> PyBaseException.SyntaxError;
        };
        PyObject details = PyTuple.of(e.filename == null ? PyNone.None : PyStr.of(e.filename),
                e.lineno < 0 ? PyNone.None : PyInt.of(e.lineno), PyInt.of(e.offset),
                e.text == null ? PyNone.None : PyStr.of(e.text), PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        return PyException.of(t, PyStr.of(e.msg), details);
    }

    /** IMPORT_FROM: module.name, or the submodule module.name from sys.modules; ImportError otherwise. */
    static PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.getattrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.getattrOrNull(module, "__name__");
        if (modName instanceof PyStr mn) {
            PyObject sub = Runtime.modules.getStr(mn.value + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String mname = modName instanceof PyStr mn ? mn.value : "<unknown module name>";
        PyObject file = Abstract.getattrOrNull(module, "__file__");
        String where = file instanceof PyStr fs ? fs.value : "unknown location";
        boolean initializing = false;
        if (module instanceof PyModule pm && Runtime.isInitializing(pm)) {
            initializing = true;
        }
        PyException e;
        if (initializing) {
            e = PyException.of(PyBaseException.ImportError, "cannot import name '" + name
                    + "' from partially initialized module '" + mname
                    + "' (most likely due to a circular import) (" + where + ")");
        } else {
            e = PyException.of(PyBaseException.ImportError, "cannot import name '" + name + "' from '" + mname
                    + "' (" + where + ")");
        }
        Abstract.setattr(e.value, "name", PyStr.of(mname));
        Abstract.setattr(e.value, "name_from", PyStr.of(name));
        throw e;
    }

    /** IMPORT_STAR: public names (or __all__) into the frame's locals. */
    static void importStar(Frame f, PyObject module) {
        PyObject all = Abstract.getattrOrNull(module, "__all__");
        PyObject[] names;
        boolean skipPrivate = false;
        if (all != null) {
            names = Abstract.toArray(all);
        } else {
            PyObject d = Abstract.getattrOrNull(module, "__dict__");
            if (d == null) {
                throw PyException.of(PyBaseException.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            names = d instanceof PyDict pd ? pd.keysArray() : Abstract.toArray(d);
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr ns)) {
                String modName = Abstract.getattrOrNull(module, "__name__") instanceof PyStr ms ? ms.value : "?";
                throw PyException.typeError("Item in " + modName + (all != null ? ".__all__" : ".__dict__")
                        + " must be str, not " + n.type().name());
            }
            if (skipPrivate && ns.value.startsWith("_")) {
                continue;
            }
            Ops.storeName(f, ns.value, Abstract.getattr(module, ns.value));
        }
    }
}
