package org.pyvm.vm;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code function}: a code object with its globals, defaults and closure. Calls bind the arguments straight into a
 * new frame's fast locals ({@link #bind}), with CPython's messages for every mismatch. As a descriptor it binds
 * to an instance ({@link PyMethod}); LOAD_METHOD skips the bound object ({@code isMethodDescriptor}).
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, PyFunction::define).notSubclassable();

    static {
        TYPE.isMethodDescriptor = true;
        TYPE.instancesHaveDict = true;
        TYPE.call = (self, args, kw) -> Interpreter.callFunction((PyFunction) self, null, args, 0, args.length, kw);
        TYPE.descrGet = (d, obj, type) -> obj == null ? d : new PyMethod(d, obj);
        TYPE.repr = self -> PyStr.of("<function " + ((PyFunction) self).qualname + " at " + Abstract.address(self)
                + ">");
    }

    public PyCode code;
    public final PyDict globals;
    final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults ({@code __defaults__}), or null. */
    PyObject[] defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}), or null. */
    PyDict kwdefaults;
    /** The cells of the free variables, in the order of co_freevars. */
    final PyCell[] closure;
    PyObject annotations;
    PyObject doc;
    PyObject module;
    PyObject typeParams;
    private PyDict dict;

    PyFunction(PyCode code, PyDict globals, PyDict builtins, PyObject qualname) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.co.name;
        this.qualname = qualname instanceof PyStr s ? s.value : code.co.qualname;
        this.closure = code.co.freevars.length == 0 ? Frame.NO_CELLS : new PyCell[code.co.freevars.length];
        this.doc = code.co.hasFlag(CodeObject.CO_HAS_DOCSTRING) ? code.consts[0] : PyNone.None;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.None : m;
    }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /**
     * Binds a call's arguments into {@code regs} (the new frame's fast locals): {@code self} (if not null) then
     * {@code args[start, start+n)}, the last {@code kwnames.length} of them passed by keyword.
     */
    void bind(PyObject[] regs, PyObject self, PyObject[] args, int start, int n, String[] kwnames) {
        CodeObject co = code.co;
        int argc = co.argCount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw + (self != null ? 1 : 0);
        int flags = co.flags;
        if (nkw == 0 && npos == argc && (flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
                && co.kwOnlyArgCount == 0) {
            // the common case: exactly the positional parameters
            if (self != null) {
                regs[0] = self;
                System.arraycopy(args, start, regs, 1, n);
            } else {
                System.arraycopy(args, start, regs, 0, n);
            }
            return;
        }
        int kwonly = co.kwOnlyArgCount;
        int total = argc + kwonly;
        // positional
        int copied = Math.min(npos, argc);
        int from = 0;
        if (self != null && copied > 0) {
            regs[0] = self;
            from = 1;
        }
        if (copied - from > 0) {
            System.arraycopy(args, start, regs, from, copied - from);
        }
        int slot = total;
        if ((flags & CodeObject.CO_VARARGS) != 0) {
            int extra = npos - copied;
            PyObject[] rest = new PyObject[Math.max(extra, 0)];
            for (int k = 0; k < rest.length; k++) {
                int idx = copied + k;
                rest[k] = self != null ? (idx == 0 ? self : args[start + idx - 1]) : args[start + idx];
            }
            regs[slot++] = rest.length == 0 ? PyTuple.EMPTY : new PyTuple(rest);
        }
        PyDict kwdict = null;
        if ((flags & CodeObject.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            regs[slot] = kwdict;
        }
        // keywords
        String[] names = co.varnames;
        int posOnly = co.posOnlyArgCount;
        StringBuilder posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject v = args[start + n - nkw + k];
            int j = -1;
            for (int p = posOnly; p < total; p++) {
                if (names[p] == kw || names[p].equals(kw)) {
                    j = p;
                    break;
                }
            }
            if (j >= 0) {
                if (regs[j] != null) {
                    throw PyException.typeError(qualname + "() got multiple values for argument '" + kw + "'");
                }
                regs[j] = v;
                continue;
            }
            if (kwdict != null) {
                if (kwdict.getStr(kw) != null) {
                    throw PyException.typeError(qualname + "() got multiple values for keyword argument '" + kw + "'");
                }
                kwdict.setStr(kw, v);
                continue;
            }
            boolean isPosOnly = false;
            for (int p = 0; p < posOnly; p++) {
                if (names[p].equals(kw)) {
                    isPosOnly = true;
                    break;
                }
            }
            if (isPosOnly) {
                if (posOnlyAsKw == null) {
                    posOnlyAsKw = new StringBuilder();
                } else {
                    posOnlyAsKw.append(", ");
                }
                posOnlyAsKw.append(kw);
                continue;
            }
            throw PyException.typeError(qualname + "() got an unexpected keyword argument '" + kw + "'");
        }
        if (posOnlyAsKw != null) {
            throw PyException.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + posOnlyAsKw + "'");
        }
        if (npos > argc && (flags & CodeObject.CO_VARARGS) == 0) {
            throw tooManyPositional(regs, npos);
        }
        // defaults and missing positional
        int ndef = defaults == null ? 0 : defaults.length;
        if (npos < argc) {
            int firstDefault = argc - ndef;
            java.util.List<String> missing = null;
            for (int p = npos; p < argc; p++) {
                if (regs[p] == null) {
                    if (p >= firstDefault) {
                        regs[p] = defaults[p - firstDefault];
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(names[p]);
                    }
                }
            }
            if (missing != null) {
                throw missingArguments(missing, "positional");
            }
        }
        if (kwonly > 0) {
            java.util.List<String> missing = null;
            for (int p = argc; p < total; p++) {
                if (regs[p] == null) {
                    PyObject d = kwdefaults == null ? null : kwdefaults.getStr(names[p]);
                    if (d != null) {
                        regs[p] = d;
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(names[p]);
                    }
                }
            }
            if (missing != null) {
                throw missingArguments(missing, "keyword-only");
            }
        }
    }

    private PyException tooManyPositional(PyObject[] regs, int given) {
        CodeObject co = code.co;
        int argc = co.argCount;
        int ndef = defaults == null ? 0 : defaults.length;
        int kwonlyGiven = 0;
        for (int p = argc; p < argc + co.kwOnlyArgCount; p++) {
            if (regs[p] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (argc - ndef) + " to " + argc;
            plural = true;
        } else {
            sig = Integer.toString(argc);
            plural = argc != 1;
        }
        String kwSig = "";
        if (kwonlyGiven > 0) {
            kwSig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return PyException.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwSig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private PyException missingArguments(java.util.List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int m = missing.size();
        for (int k = 0; k < m; k++) {
            if (k > 0) {
                sb.append(m == 2 ? " and " : k == m - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(missing.get(k)).append('\'');
        }
        return PyException.typeError(qualname + "() missing " + m + " required " + kind + " argument"
                + (m == 1 ? "" : "s") + ": " + sb);
    }

    PyObject annotationsDict() {
        if (annotations == null) {
            annotations = new PyDict();
        } else if (annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int k = 0; k + 1 < t.size(); k += 2) {
                d.setItem(t.get(k), t.get(k + 1));
            }
            annotations = d;
        }
        return annotations;
    }

    private static PyTuple defaultsTuple(PyFunction f) {
        return f.defaults == null ? null : new PyTuple(f.defaults.clone());
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.None : o;
    }

    private static void define(PyType t) {
        t.define("__code__", new PyGetSetDescr(t, "__code__", s -> ((PyFunction) s).code, (s, v) -> {
            if (!(v instanceof PyCode c)) {
                throw PyException.typeError("__code__ must be set to a code object");
            }
            ((PyFunction) s).code = c;
        }));
        t.define("__globals__", new PyGetSetDescr(t, "__globals__", s -> ((PyFunction) s).globals, null));
        t.define("__builtins__", new PyGetSetDescr(t, "__builtins__", s -> ((PyFunction) s).builtins, null));
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyFunction) s).name), (s, v) -> {
            if (!(v instanceof PyStr str)) {
                throw PyException.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) s).name = str.value;
        }));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__", s -> PyStr.of(((PyFunction) s).qualname),
                (s, v) -> {
                    if (!(v instanceof PyStr str)) {
                        throw PyException.typeError("__qualname__ must be set to a string object");
                    }
                    ((PyFunction) s).qualname = str.value;
                }));
        t.define("__defaults__", new PyGetSetDescr(t, "__defaults__", s -> orNone(defaultsTuple((PyFunction) s)),
                (s, v) -> {
                    if (v == null || v == PyNone.None) {
                        ((PyFunction) s).defaults = null;
                    } else if (v instanceof PyTuple tu) {
                        ((PyFunction) s).defaults = tu.size() == 0 ? null : tu.toArray();
                    } else {
                        throw PyException.typeError("__defaults__ must be set to a tuple object");
                    }
                }));
        t.define("__kwdefaults__", new PyGetSetDescr(t, "__kwdefaults__", s -> orNone(((PyFunction) s).kwdefaults),
                (s, v) -> {
                    if (v == null || v == PyNone.None) {
                        ((PyFunction) s).kwdefaults = null;
                    } else if (v instanceof PyDict d) {
                        ((PyFunction) s).kwdefaults = d;
                    } else {
                        throw PyException.typeError("__kwdefaults__ must be set to a dict object");
                    }
                }));
        t.define("__closure__", new PyGetSetDescr(t, "__closure__", s -> {
            PyCell[] c = ((PyFunction) s).closure;
            return c.length == 0 ? PyNone.None : new PyTuple(c.clone());
        }, null));
        t.define("__annotations__", new PyGetSetDescr(t, "__annotations__",
                s -> ((PyFunction) s).annotationsDict(), (s, v) -> {
                    if (v == null || v == PyNone.None) {
                        ((PyFunction) s).annotations = null;
                    } else if (v instanceof PyDict) {
                        ((PyFunction) s).annotations = v;
                    } else {
                        throw PyException.typeError("__annotations__ must be set to a dict object");
                    }
                }));
        t.define("__doc__", new PyGetSetDescr(t, "__doc__", s -> ((PyFunction) s).doc,
                (s, v) -> ((PyFunction) s).doc = v == null ? PyNone.None : v));
        t.define("__module__", new PyGetSetDescr(t, "__module__", s -> ((PyFunction) s).module,
                (s, v) -> ((PyFunction) s).module = v == null ? PyNone.None : v));
        t.define("__type_params__", new PyGetSetDescr(t, "__type_params__",
                s -> ((PyFunction) s).typeParams == null ? PyTuple.EMPTY : ((PyFunction) s).typeParams,
                (s, v) -> ((PyFunction) s).typeParams = v));
        t.define("__dict__", new PyGetSetDescr(t, "__dict__", PyObject::dict, (s, v) -> {
            if (!(v instanceof PyDict d)) {
                throw PyException.typeError("__dict__ must be set to a dictionary, not a '" + (v == null ? "NoneType"
                        : v.type().name()) + "'");
            }
            ((PyFunction) s).dict = d;
        }));
    }
}
