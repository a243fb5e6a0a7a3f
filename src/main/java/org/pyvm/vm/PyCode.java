package org.pyvm.vm;

import java.math.BigInteger;
import java.util.List;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constants;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyComplex;
import org.pyvm.objects.PyEllipsis;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyFrozenSet;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/**
 * {@code code}: the VM's view of a {@link CodeObject}. It converts the constants to Python objects once, interns
 * the names, and owns what the interpreter adds at run time: the inline caches of the CACHED instructions.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, PyCode::define).notSubclassable();

    static {
        TYPE.repr = self -> PyStr.of(((PyCode) self).co.toString().replace(">", "") + ">");
    }

    public final CodeObject co;
    /** consts as Python objects (nested code objects as PyCode). */
    public final PyObject[] consts;
    /** names, interned (identity comparisons hit in dict lookups). */
    public final String[] names;
    /** The instruction words. */
    public final int[] code;
    /** Inline caches, one per CACHED instruction ({@code co.cacheIndex}). */
    final Object[] caches;
    /** Number of fast locals ({@code co_nlocals}). */
    final int nlocals;
    /** Cell and free variable slots. */
    final int ncells;
    final PyStr nameStr;
    final PyStr qualnameStr;
    /** Code of a pyvm library module (file name under {@code <pyvm-lib>}): the interpreter leaves its frames out
     *  of tracebacks when the module's globals define {@code __pyvm_hide_frames__} (a Python stand-in for one of
     *  CPython's C modules, such as {@code _io}: C functions have no frames). */
    final boolean library;

    public PyCode(CodeObject co) {
        super(TYPE);
        this.co = co;
        Object[] cs = co.consts;
        consts = new PyObject[cs.length];
        for (int i = 0; i < cs.length; i++) {
            consts[i] = constant(cs[i]);
        }
        names = new String[co.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = co.names[i].intern();
        }
        code = co.code;
        caches = new Object[co.cacheCount];
        nlocals = co.varnames.length;
        ncells = co.cellvars.length + co.freevars.length;
        nameStr = PyStr.of(co.name);
        qualnameStr = PyStr.of(co.qualname);
        library = co.filename != null && co.filename.startsWith(Importer.LIB + "/");
    }

    /** A constant of the code-object format as a Python object. */
    static PyObject constant(Object c) {
        if (c instanceof String s) {
            return PyStr.of(s);
        } else if (c instanceof Long l) {
            return PyInt.of(l);
        } else if (c instanceof Double d) {
            return PyFloat.of(d);
        } else if (c instanceof Boolean b) {
            return PyBool.of(b);
        } else if (c == Constants.NONE) {
            return PyNone.None;
        } else if (c == Constants.ELLIPSIS) {
            return PyEllipsis.Ellipsis;
        } else if (c instanceof BigInteger b) {
            return PyInt.of(b);
        } else if (c instanceof Constants.Tuple t) {
            return new PyTuple(convert(t.items()));
        } else if (c instanceof Constants.FrozenSet f) {
            return PyFrozenSet.from(new PyTuple(convert(f.items())));
        } else if (c instanceof Constants.Complex x) {
            return new PyComplex(x.real(), x.imag());
        } else if (c instanceof Constants.Bytes b) {
            return new PyBytes(b.value());
        } else if (c instanceof CodeObject co) {
            return new PyCode(co);
        }
        throw new IllegalStateException("unknown constant " + c);
    }

    private static PyObject[] convert(List<Object> items) {
        PyObject[] a = new PyObject[items.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = constant(items.get(i));
        }
        return a;
    }

    private static PyTuple strs(String[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = PyStr.of(a[i]);
        }
        return new PyTuple(r);
    }

    private static void define(PyType t) {
        t.define("co_name", new PyGetSetDescr(t, "co_name", s -> ((PyCode) s).nameStr, null));
        t.define("co_qualname", new PyGetSetDescr(t, "co_qualname", s -> ((PyCode) s).qualnameStr, null));
        t.define("co_filename", new PyGetSetDescr(t, "co_filename", s -> PyStr.of(((PyCode) s).co.filename), null));
        t.define("co_firstlineno", new PyGetSetDescr(t, "co_firstlineno",
                s -> PyInt.of(((PyCode) s).co.firstLine), null));
        t.define("co_argcount", new PyGetSetDescr(t, "co_argcount", s -> PyInt.of(((PyCode) s).co.argCount), null));
        t.define("co_posonlyargcount", new PyGetSetDescr(t, "co_posonlyargcount",
                s -> PyInt.of(((PyCode) s).co.posOnlyArgCount), null));
        t.define("co_kwonlyargcount", new PyGetSetDescr(t, "co_kwonlyargcount",
                s -> PyInt.of(((PyCode) s).co.kwOnlyArgCount), null));
        t.define("co_flags", new PyGetSetDescr(t, "co_flags",
                s -> PyInt.of(((PyCode) s).co.flags & ~CodeObject.CO_HAS_DOCSTRING), null));
        t.define("co_nlocals", new PyGetSetDescr(t, "co_nlocals", s -> PyInt.of(((PyCode) s).nlocals), null));
        t.define("co_stacksize", new PyGetSetDescr(t, "co_stacksize", s -> PyInt.of(((PyCode) s).co.maxStack), null));
        t.define("co_varnames", new PyGetSetDescr(t, "co_varnames", s -> strs(((PyCode) s).co.varnames), null));
        t.define("co_cellvars", new PyGetSetDescr(t, "co_cellvars", s -> strs(((PyCode) s).co.cellvars), null));
        t.define("co_freevars", new PyGetSetDescr(t, "co_freevars", s -> strs(((PyCode) s).co.freevars), null));
        t.define("co_names", new PyGetSetDescr(t, "co_names", s -> strs(((PyCode) s).co.names), null));
        t.define("co_consts", new PyGetSetDescr(t, "co_consts", s -> new PyTuple(((PyCode) s).consts.clone()), null));
        t.define("replace", PyMethodDescr.withKeywords(t, "replace", 0, 0,
                new String[] {"co_flags", "co_name", "co_qualname"}, (self, a) -> ((PyCode) self).replace(a)));
    }

    /**
     * {@code code.replace(co_flags=, co_name=, co_qualname=)}: a copy with those fields changed (what
     * {@code types.coroutine} needs); the other fields of CPython's {@code replace} are not supported yet.
     */
    private PyCode replace(PyObject[] a) {
        int flags = a[0] == null ? co.flags
                : (int) Abstract.asLong(a[0]) & ~CodeObject.CO_HAS_DOCSTRING | co.flags & CodeObject.CO_HAS_DOCSTRING;
        String name = a[1] == null ? co.name : strArg(a[1], "co_name");
        String qualname = a[2] == null ? co.qualname : strArg(a[2], "co_qualname");
        return new PyCode(new CodeObject(name, qualname, co.filename, co.firstLine, co.argCount, co.posOnlyArgCount,
                co.kwOnlyArgCount, flags, co.maxStack, co.varnames, co.cellvars, co.freevars, co.names, co.consts,
                co.code, co.exceptionTable, co.positions));
    }

    private static String strArg(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw PyException.typeError("replace() argument '" + what + "' must be str, not " + o.type().name());
        }
        return s.value;
    }
}
