package org.pyvm.vm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.pyvm.modules.BuiltinsModule;
import org.pyvm.modules.NativeModules;
import org.pyvm.modules.SysModule;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyType;

/**
 * The interpreter's global state: the {@code builtins} and {@code sys} modules and {@code sys.modules}. Made once
 * per process by {@link #init}; modules other than these two are created when first imported.
 */
public final class Runtime {
    private Runtime() {
    }

    static PyModule builtins;
    static PyDict builtinsDict;
    static PyModule sys;
    /** {@code sys.modules}. */
    static PyDict modules;
    /** The builtin {@code __import__}, to tell when a program replaced it. */
    static PyObject defaultImport;
    private static PyObject superType;
    static final Set<PyModule> initializing = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Creates builtins and sys. {@code argv} is {@code sys.argv}; {@code path} the initial {@code sys.path}. */
    public static synchronized void init(List<String> argv, List<String> path, String executable,
            SysModule.Streams streams) {
        if (builtins != null) {
            return;
        }
        PyBaseException.tracebackType = PyTraceback.TYPE;
        sys = SysModule.create(argv, path, executable, streams);
        modules = (PyDict) sys.dict.getStr("modules");
        builtins = BuiltinsModule.create(sys);
        VmBuiltins.addTo(builtins);
        builtins.isBuiltin = true;
        builtinsDict = builtins.dict;
        defaultImport = builtinsDict.getStr("__import__");
        superType = builtinsDict.getStr("super");
        modules.setStr("builtins", builtins);
        modules.setStr("sys", sys);
        org.pyvm.objects.PySuper.zeroArgs = Runtime::superArgs;
        BuiltinsModule.frameLocals = () -> VmBuiltins.currentFrame().localsMapping();
        installSiteBuiltins();
    }

    /** exit, quit, help, copyright, credits, license: added by {@code _sitebuiltins}, as CPython's site adds them. */
    private static void installSiteBuiltins() {
        try {
            PyObject m = Importer.importModule("_sitebuiltins");
            Abstract.callMethod(m, "install", builtins);
        } catch (org.pyvm.objects.PyException e) {
            // without the shipped library (a bare class path) these conveniences are absent
        }
    }

    /** Zero-argument {@code super()}: the {@code __class__} cell and first argument of the calling frame. */
    private static PyObject[] superArgs() {
        Frame f = ThreadState.current().frame;
        if (f == null || f.code.co.argCount == 0 && (f.code.co.flags & org.pyvm.bytecode.CodeObject.CO_VARARGS) == 0) {
            throw org.pyvm.objects.PyException.runtimeError("super(): no arguments");
        }
        PyObject self = f.regs[0];
        String first = f.code.co.varnames[0];
        String[] cellvars = f.code.co.cellvars;
        for (int k = 0; k < cellvars.length; k++) {
            if (cellvars[k].equals(first) && f.cells[k] != null) {
                self = f.cells[k].value;
            }
        }
        if (self == null) {
            throw org.pyvm.objects.PyException.runtimeError("super(): arg[0] deleted");
        }
        String[] free = f.code.co.freevars;
        for (int k = 0; k < free.length; k++) {
            if (free[k].equals("__class__")) {
                PyObject cls = f.cells[cellvars.length + k].value;
                if (cls == null) {
                    throw org.pyvm.objects.PyException.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw org.pyvm.objects.PyException.runtimeError("super(): __class__ is not a type ("
                            + cls.type().name() + ")");
                }
                return new PyObject[] {cls, self};
            }
        }
        throw org.pyvm.objects.PyException.runtimeError("super(): __class__ cell not found");
    }

    /** Forgets all interpreter state, so that the next {@link #init} starts a new interpreter in this process. */
    public static synchronized void reset() {
        builtins = null;
        builtinsDict = null;
        sys = null;
        modules = null;
        defaultImport = null;
        superType = null;
        initializing.clear();
        ThreadState.reset();
        TracebackPrinter.clearSourceCache();
    }

    /** Whether the runtime is set up. */
    public static boolean initialized() {
        return builtins != null;
    }

    public static PyModule sys() {
        return sys;
    }

    public static PyModule builtins() {
        return builtins;
    }

    static PyObject superType() {
        return superType;
    }

    /** A module's builtins: its {@code __builtins__} (module or dict), else the builtins module's dict. */
    static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyModule m) {
            return m.dict;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        globals.setStr("__builtins__", builtins);
        return builtinsDict;
    }

    /** {@code getattr(sys, name)}; RuntimeError "lost sys.x" when it was deleted. */
    public static PyObject sysAttr(String name) {
        PyObject v = sys.dict.getStr(name);
        if (v == null) {
            throw org.pyvm.objects.PyException.runtimeError("lost sys." + name);
        }
        return v;
    }

    /** A native module by name, created and registered in sys.modules on first import; null if none. */
    static PyModule nativeModule(String name) {
        PyModule m = NativeModules.create(name);
        if (m != null) {
            modules.setStr(name, m);
        }
        return m;
    }

    static boolean isInitializing(PyModule m) {
        return initializing.contains(m);
    }

    /** {@code sys.dont_write_bytecode}. */
    static boolean dontWriteBytecode() {
        PyObject v = sys.dict.getStr("dont_write_bytecode");
        return v != null && Abstract.isTrue(v);
    }

    /** The type of {@code super} as the builtins module defines it. */
    static PyType superTypeOrNull() {
        return superType instanceof PyType t ? t : null;
    }
}
