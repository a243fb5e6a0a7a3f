package org.pyvm.vm;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.SourceCompiler;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * The builtins that need the interpreter: {@code __build_class__}, {@code __import__}, {@code exec}, {@code eval},
 * {@code compile}, {@code globals} and {@code locals}. The rest of the builtins module is
 * {@code org.pyvm.modules.BuiltinsModule} ({@code vars()}/{@code dir()} without an argument reach the frame
 * through its {@code frameLocals} hook, set by {@link Runtime}).
 */
final class VmBuiltins {
    private VmBuiltins() {
    }

    static void addTo(PyModule b) {
        b.function("__build_class__", 0, Integer.MAX_VALUE, (PyMethodDescr.Fn.Full) (self, args, kw) ->
                buildClass(args, kw));
        b.functionWithKeywords("__import__", 1, 0, new String[] {"name", "globals", "locals", "fromlist", "level"},
                (self, a) -> {
                    if (!(a[0] instanceof PyStr name)) {
                        throw PyException.typeError("__import__() argument 1 must be str, not " + a[0].type().name());
                    }
                    PyDict g = a[1] instanceof PyDict d ? d : new PyDict();
                    int level = a[4] == null ? 0 : (int) Abstract.asLong(a[4]);
                    return Importer.importModuleLevel(name.value, g, a[3], level);
                });
        b.function("breakpoint", 0, Integer.MAX_VALUE, (PyMethodDescr.Fn.Full) (self, args, kw) ->
                breakpoint(args, kw));
        b.function("globals", 0, 0, (PyMethodDescr.Fn.F0) self -> currentFrame().globals);
        b.function("locals", 0, 0, (PyMethodDescr.Fn.F0) self -> currentFrame().localsMapping());
        b.functionWithKeywords("exec", 1, 1, new String[] {"source", "globals", "locals", "closure"},
                (self, a) -> {
                    execOrEval("exec", a[0], a[1], a[2], false);
                    return PyNone.None;
                });
        b.functionWithKeywords("eval", 1, 1, new String[] {"source", "globals", "locals"},
                (self, a) -> execOrEval("eval", a[0], a[1], a[2], true));
        b.functionWithKeywords("compile", 3, 0, new String[] {"source", "filename", "mode", "flags", "dont_inherit",
            "optimize", "_feature_version"}, (self, a) -> compile(a[0], Abstract.str(a[1]).value,
                Abstract.str(a[2]).value));
    }

    /** {@code breakpoint()}: pyvm has no debugger, so the default hook warns and returns, as CPython does when
     * PYTHONBREAKPOINT names a module it cannot import. */
    static PyObject breakpoint(PyObject[] args, String[] kw) {
        PyObject hook = Runtime.sys.dict.getStr("breakpointhook");
        if (hook == null) {
            throw PyException.runtimeError("lost sys.breakpointhook");
        }
        return Abstract.call(hook, args, kw);
    }

    static Frame currentFrame() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw PyException.systemError("no current frame");
        }
        return f;
    }

    private static PyObject execOrEval(String fn, PyObject source, PyObject globals, PyObject locals, boolean eval) {
        Frame caller = ThreadState.current().frame;
        PyDict g;
        if (globals == null || globals == PyNone.None) {
            if (caller == null) {
                throw PyException.systemError("globals and locals cannot be NULL");
            }
            g = caller.globals;
            if (locals == null || locals == PyNone.None) {
                locals = caller.locals != null ? caller.locals : caller.localsMapping();
            }
        } else if (globals instanceof PyDict d) {
            g = d;
        } else {
            throw PyException.typeError(eval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not " + globals.type().name());
        }
        if (locals == null || locals == PyNone.None) {
            locals = g;
        }
        if (g.getStr("__builtins__") == null) {
            g.setStr("__builtins__", Runtime.builtins);
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text;
            if (source instanceof PyStr s) {
                text = s.value;
            } else if (source instanceof PyBytes bts) {
                text = new String(bts.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw PyException.typeError(fn + "() arg 1 must be a string, bytes or code object");
            }
            if (eval) {
                text = text.stripLeading();
            }
            code = (PyCode) compile(PyStr.of(text), "<string>", eval ? "eval" : "exec");
        }
        return Interpreter.runCode(code, g, locals, null);
    }

    private static PyObject compile(PyObject source, String filename, String mode) {
        SourceCompiler c = Importer.compiler().orElseThrow(() -> PyException.runtimeError(
                "compile(), eval() and exec() need the compiler, which this pyvm does not have (pyvm.jar alone)"));
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        String text;
        if (source instanceof PyStr s) {
            text = s.value;
        } else if (source instanceof PyBytes b) {
            text = new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyException.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (text.indexOf('\0') >= 0) {
            throw PyException.of(PyBaseException.SyntaxError, "source code string cannot contain null bytes");
        }
        try {
            CodeObject co = c.compileMode(text, filename, mode);
            return new PyCode(co);
        } catch (SourceCompiler.SourceError e) {
            throw Importer.syntaxError(e);
        }
    }

    /** {@code __build_class__(func, name, *bases, metaclass=..., **kwds)}. */
    private static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyException.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction func)) {
            throw PyException.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr nameStr)) {
            throw PyException.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        List<String> kwn = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("metaclass")) {
                meta = args[npos + k];
            } else {
                kwn.add(kwnames[k]);
                kwv.add(args[npos + k]);
            }
        }
        PyType[] baseTypes = new PyType[bases.length];
        for (int k = 0; k < bases.length; k++) {
            if (bases[k] instanceof PyType t) {
                baseTypes[k] = t;
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        }
        if (meta instanceof PyType mt) {
            boolean allTypes = true;
            for (PyType t : baseTypes) {
                allTypes &= t != null;
            }
            if (allTypes) {
                meta = PyType.calculateMetaclass(mt, baseTypes);
            }
        }
        String[] kwArr = kwn.toArray(new String[0]);
        PyObject[] kwVals = kwv.toArray(new PyObject[0]);
        PyTuple basesTuple = new PyTuple(bases);
        PyObject ns;
        PyObject prepare = Abstract.getattrOrNull(meta, "__prepare__");
        if (prepare == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwVals.length];
            pa[0] = nameStr;
            pa[1] = basesTuple;
            System.arraycopy(kwVals, 0, pa, 2, kwVals.length);
            ns = Abstract.call(prepare, pa, kwArr.length == 0 ? null : kwArr);
            if (ns.type().lookup("__getitem__") == null) {
                throw PyException.typeError((meta instanceof PyType mt ? mt.name() : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + ns.type().name());
            }
        }
        PyObject cell = Interpreter.runCode(func.code, func.globals, ns, func.closure);
        if (bases != origBases) {
            Abstract.setitem(ns, PyStr.of("__orig_bases__"), new PyTuple(origBases));
        }
        PyObject[] ca = new PyObject[3 + kwVals.length];
        ca[0] = nameStr;
        ca[1] = basesTuple;
        ca[2] = ns;
        System.arraycopy(kwVals, 0, ca, 3, kwVals.length);
        PyObject cls = Abstract.call(meta, ca, kwArr.length == 0 ? null : kwArr);
        if (cls instanceof PyType t && t.isHeapType && t.dict().getStr("__classcell__") != null) {
            t.dict().delStr("__classcell__");
            t.modified();
        }
        if (cell instanceof PyCell c && cls instanceof PyType) {
            if (c.value == null) {
                c.value = cls;
            } else if (c.value != cls) {
                throw PyException.typeError("__class__ set to " + Abstract.repr(c.value).value + " defining '"
                        + nameStr.value + "' as " + Abstract.repr(cls).value);
            }
        }
        return cls;
    }

    /** PEP 560: bases that are not classes may supply {@code __mro_entries__}. */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int k = 0; k < bases.length; k++) {
            PyObject b = bases[k];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject me = Abstract.getattrOrNull(b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject r = Abstract.call(me, new PyTuple(bases));
            if (!(r instanceof PyTuple rt)) {
                throw PyException.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, k));
            }
            for (int j = 0; j < rt.size(); j++) {
                out.add(rt.get(j));
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }
}
