package org.pyvm.objects;

import java.util.IdentityHashMap;
import java.util.List;
import org.pyvm.bytecode.Operands;

/**
 * The abstract object protocol (CPython's {@code abstract.c} and {@code object.c}): what an interpreter calls for
 * every operation on values it knows nothing about. Each entry dispatches on the type slots ({@link PyType}) with
 * CPython's rules and messages; the common cases (exact {@code int}, {@code float}, {@code str}) are tested first
 * and never reach the slots.
 *
 * <p>Names are Java {@code String}s (an interpreter passes the code object's names; interning them makes dict
 * probes an identity compare). Iteration: {@link #next} returns null at exhaustion, never throwing for it.
 */
public final class Abstract {
    private Abstract() {
    }

    /** Rich comparison operators (CPython's {@code Py_LT} ...), the same numbers as {@code Operands.CMP_*}. */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    // ------------------------------------------------------------------ repr, str, format

    /** {@code repr(o)}. */
    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && o.type == PyStr.TYPE) {
            return PyStr.of(s.repr());
        }
        Slots.Unary f = o.type.repr;
        PyObject r = f.apply(o);
        if (!(r instanceof PyStr s)) {
            throw PyException.typeError("__repr__ returned non-string (type " + r.type.name + ")");
        }
        return s;
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o.type == PyStr.TYPE) {
            return (PyStr) o;
        }
        PyObject r = o.type.str.apply(o);
        if (!(r instanceof PyStr s)) {
            throw PyException.typeError("__str__ returned non-string (type " + r.type.name + ")");
        }
        return s;
    }

    /** {@code ascii(o)}: the repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        return PyStr.of(PyStr.asciiEscape(repr(o).value));
    }

    /** {@code format(o, spec)}: calls {@code type(o).__format__(o, spec)}. */
    public static PyStr format(PyObject o, PyStr spec) {
        if (spec.value.isEmpty()) {
            if (o.type == PyStr.TYPE) {
                return (PyStr) o;
            }
            if (o.type == PyInt.TYPE) {
                return str(o);
            }
        }
        PyObject r = lookupAndCall(o, "__format__", spec);
        if (r == null) {
            throw PyException.typeError("Type " + o.type.name + " doesn't define __format__");
        }
        if (!(r instanceof PyStr s)) {
            throw PyException.typeError("__format__ must return a str, not " + r.type.name);
        }
        return s;
    }

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_GUARD =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * CPython's {@code Py_ReprEnter}: false when {@code o} is already being repr'd on this thread (the caller
     * prints {@code [...]}); otherwise marks it and the caller must call {@link #reprLeave}.
     */
    public static boolean reprEnter(PyObject o) {
        return REPR_GUARD.get().put(o, Boolean.TRUE) == null;
    }

    public static void reprLeave(PyObject o) {
        REPR_GUARD.get().remove(o);
    }

    /** {@code 0x...}: the pseudo address shown by default reprs. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    /** The default {@code hash(o)} of objects compared by identity. */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    // ------------------------------------------------------------------ truth, hash, len

    /** {@code bool(o)}: {@code __bool__}, else {@code __len__}, else true. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.True) {
            return true;
        }
        if (o == PyBool.False || o == PyNone.None) {
            return false;
        }
        PyType t = o.type;
        if (t.bool != null) {
            return t.bool.test(o);
        }
        if (t.len != null) {
            return t.len.length(o) != 0;
        }
        return true;
    }

    /** {@code hash(o)}: "unhashable type: 'list'" for unhashable types. */
    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            if (o.type == PyStr.TYPE) {
                return s.hash();
            }
        }
        Slots.Hash h = o.type.hash;
        if (h == null) {
            return Slots.HASH_NOT_IMPLEMENTED.hash(o);
        }
        return h.hash(o);
    }

    /** {@code len(o)}. */
    public static long len(PyObject o) {
        Slots.Length f = o.type.len;
        if (f == null) {
            throw PyException.typeError("object of type '" + o.type.name + "' has no len()");
        }
        return f.length(o);
    }

    // ------------------------------------------------------------------ attributes

    /** {@code o.name}: AttributeError with CPython's message when absent. */
    public static PyObject getattr(PyObject o, String name) {
        PyObject r = o.type.getattr.getattr(o, name);
        if (r == null) {
            throw noAttribute(o, name);
        }
        return r;
    }

    /** {@code o.name}, or null when it raises AttributeError (for {@code getattr(o, n, default)}, hasattr). */
    public static PyObject getattrOrNull(PyObject o, String name) {
        try {
            return o.type.getattr.getattr(o, name);
        } catch (PyException e) {
            if (e.matches(PyBaseException.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code o.name = value}. */
    public static void setattr(PyObject o, String name, PyObject value) {
        Slots.SetAttr f = o.type.setattr;
        if (f == null) {
            throw readOnly(o, name, value);
        }
        f.setattr(o, name, value);
    }

    /** {@code del o.name}. */
    public static void delattr(PyObject o, String name) {
        Slots.SetAttr f = o.type.setattr;
        if (f == null) {
            throw readOnly(o, name, null);
        }
        f.setattr(o, name, null);
    }

    private static PyException readOnly(PyObject o, String name, PyObject value) {
        PyObject a = o.type.lookup(name);
        if (a == null) {
            return PyException.typeError("'" + o.type.name + "' object has no attributes (" + (value == null ? "del"
                    : "assign to") + " ." + name + ")");
        }
        return PyException.typeError("'" + o.type.name + "' object has only read-only attributes (" + (value == null
                ? "del" : "assign to") + " ." + name + ")");
    }

    /** The AttributeError for a missing attribute, worded as CPython words it for types and instances. */
    public static PyException noAttribute(PyObject o, String name) {
        if (o instanceof PyType t) {
            return PyException.attributeError("type object '" + t.name + "' has no attribute '" + name + "'", o,
                    name);
        }
        return PyException.attributeError("'" + o.type.name + "' object has no attribute '" + name + "'", o, name);
    }

    /** An attribute name argument as a Java string ("attribute name must be string, not 'int'"). */
    public static String attrName(PyObject n) {
        if (n instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError("attribute name must be string, not '" + n.type.name + "'");
    }

    /** {@code super(start, obj).name} without the super object: the MRO of obj (or of obj itself if it is a
     *  subclass of start) after {@code start}, with descriptor binding; null when absent. */
    public static PyObject superLookup(PyType start, PyObject obj, String name) {
        PyType objType = obj instanceof PyType ot && ot.isSubtype(start) ? ot : obj.type;
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                Slots.DescrGet g = v.type.descrGet;
                return g == null ? v : g.get(v, obj == objType ? null : obj, objType);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ calls

    /** {@code f(*args)} in vectorcall form (see {@link Slots} for {@code kwnames}). */
    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        Slots.Call c = f.type.call;
        if (c == null) {
            throw PyException.typeError("'" + f.type.name + "' object is not callable");
        }
        return c.call(f, args, kwnames);
    }

    /** {@code f(*args)} with positional arguments only. */
    public static PyObject call(PyObject f, PyObject... args) {
        return call(f, args, null);
    }

    public static boolean isCallable(PyObject o) {
        return o.type.call != null;
    }

    /**
     * Calls {@code m}, an attribute found on the type of {@code self}, as a method of {@code self}: method
     * descriptors (functions, native methods) get self as first argument without a bound object; other
     * descriptors are bound with {@code __get__}; plain values are called as they are.
     */
    public static PyObject callBound(PyObject m, PyObject self, PyObject[] args, String[] kwnames) {
        if (m instanceof PyMethodDescr md && md.type != PyMethodDescr.CLASSMETHOD_TYPE) {
            md.checkSelf(self);
            return md.call(self, args, kwnames);
        }
        PyType mt = m.type;
        if (mt.isMethodDescriptor) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m, a, kwnames);
        }
        Slots.DescrGet g = mt.descrGet;
        if (g != null) {
            m = g.get(m, self, self.type);
        }
        return call(m, args, kwnames);
    }

    /** CPython's {@code lookup_maybe_method} + call: the dunder from the type, or null if the type has none. */
    public static PyObject lookupAndCall(PyObject self, String name, PyObject... args) {
        PyObject m = self.type.lookup(name);
        if (m == null) {
            return null;
        }
        return callBound(m, self, args, null);
    }

    /** {@code obj.name(*args)}: attribute lookup on the object, then a call. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(getattr(obj, name), args, null);
    }

    /**
     * Binds vectorcall arguments to {@code params} (each may be passed by position or keyword): an array of
     * {@code params.length} values, null where an optional argument is missing. CPython's messages for too many,
     * missing, unknown and duplicate arguments; {@code fn} is the name shown.
     */
    public static PyObject[] parseArgs(String fn, PyObject[] args, String[] kwnames, int min, String[] params) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > params.length) {
            throw PyException.typeError(fn + "() takes " + (min == params.length ? "exactly " : "at most ")
                    + params.length + " argument" + (params.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] a = new PyObject[params.length];
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = 0; i < params.length; i++) {
                if (params[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw PyException.typeError(fn + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (a[idx] != null) {
                throw PyException.typeError("argument for " + fn + "() given by name ('" + kw + "') and position ("
                        + (idx + 1) + ")");
            }
            a[idx] = args[npos + k];
        }
        for (int i = 0; i < min; i++) {
            if (a[i] == null) {
                throw PyException.typeError(fn + "() missing required argument '" + params[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return a;
    }

    /** "X() takes no keyword arguments" when {@code kwnames} is non-empty. */
    public static void checkNoKeywords(String fn, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyException.typeError(fn + "() takes no keyword arguments");
        }
    }

    // ------------------------------------------------------------------ binary operators

    /** {@code v + w}. */
    public static PyObject add(PyObject v, PyObject w) {
        PyType vt = v.type;
        if (vt == w.type) {
            if (vt == PyInt.TYPE) {
                return PyInt.add((PyInt) v, (PyInt) w);
            }
            if (vt == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) v).value + ((PyFloat) w).value);
            }
            if (vt == PyStr.TYPE) {
                return PyStr.concat((PyStr) v, (PyStr) w);
            }
        }
        return binaryOp(v, w, Operands.NB_ADD);
    }

    /** {@code v - w}. */
    public static PyObject sub(PyObject v, PyObject w) {
        PyType vt = v.type;
        if (vt == w.type) {
            if (vt == PyInt.TYPE) {
                return PyInt.sub((PyInt) v, (PyInt) w);
            }
            if (vt == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) v).value - ((PyFloat) w).value);
            }
        }
        return binaryOp(v, w, Operands.NB_SUBTRACT);
    }

    /** {@code v * w}. */
    public static PyObject mul(PyObject v, PyObject w) {
        PyType vt = v.type;
        if (vt == w.type) {
            if (vt == PyInt.TYPE) {
                return PyInt.mul((PyInt) v, (PyInt) w);
            }
            if (vt == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) v).value * ((PyFloat) w).value);
            }
        }
        return binaryOp(v, w, Operands.NB_MULTIPLY);
    }

    /**
     * {@code v OP w} for any {@code BINARY_OP} argument: {@code Operands.NB_*} (0..12) or its in-place form
     * ({@code + NB_INPLACE}). CPython's {@code binary_op1} / {@code binary_iop1}, then the sequence slots for
     * {@code +} and {@code *}, then "unsupported operand type(s)".
     */
    public static PyObject binaryOp(PyObject v, PyObject w, int op) {
        if (op >= Operands.NB_INPLACE) {
            return inplaceOp(v, w, op - Operands.NB_INPLACE);
        }
        PyObject r = binaryOp1(v, w, op);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (op == Operands.NB_ADD) {
            Slots.Binary c = v.type.sqConcat;
            if (c != null) {
                return c.apply(v, w);
            }
        } else if (op == Operands.NB_MULTIPLY) {
            if (v.type.sqRepeat != null) {
                return repeat(v.type.sqRepeat, v, w);
            }
            if (w.type.sqRepeat != null) {
                return repeat(w.type.sqRepeat, w, v);
            }
        }
        throw unsupported(v, w, op, false);
    }

    private static PyObject repeat(Slots.Binary f, PyObject seq, PyObject n) {
        if (n.type.index == null) {
            throw PyException.typeError("can't multiply sequence by non-int of type '" + n.type.name + "'");
        }
        return f.apply(seq, n);
    }

    /** CPython's {@code binary_op1}: NotImplemented when neither operand handles the operation. */
    static PyObject binaryOp1(PyObject v, PyObject w, int op) {
        PyType vt = v.type;
        PyType wt = w.type;
        Slots.Binary slotv = vt.nb[op];
        Slots.Binary slotw = null;
        if (wt != vt) {
            slotw = wt.nb[op];
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtype(vt)) {
                PyObject x = slotw.apply(v, w);
                if (x != PyNotImplemented.NotImplemented) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != PyNotImplemented.NotImplemented) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(v, w);
        }
        return PyNotImplemented.NotImplemented;
    }

    /** {@code v OP= w} ({@code op} is the plain operator number). */
    public static PyObject inplaceOp(PyObject v, PyObject w, int op) {
        Slots.Binary f = v.type.nbInplace[op];
        if (f != null) {
            PyObject r = f.apply(v, w);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        PyObject r = binaryOp1(v, w, op);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (op == Operands.NB_ADD) {
            Slots.Binary c = v.type.sqInplaceConcat != null ? v.type.sqInplaceConcat : v.type.sqConcat;
            if (c != null) {
                return c.apply(v, w);
            }
        } else if (op == Operands.NB_MULTIPLY) {
            Slots.Binary c = v.type.sqInplaceRepeat != null ? v.type.sqInplaceRepeat : v.type.sqRepeat;
            if (c != null) {
                return repeat(c, v, w);
            }
            if (w.type.sqRepeat != null) {
                return repeat(w.type.sqRepeat, w, v);
            }
        }
        throw unsupported(v, w, op, true);
    }

    private static PyException unsupported(PyObject v, PyObject w, int op, boolean inplace) {
        String sym = op == Operands.NB_POWER ? (inplace ? "**=" : "** or pow()")
                : Operands.BINARY_OPS.get(op + (inplace ? Operands.NB_INPLACE : 0));
        String msg = "unsupported operand type(s) for " + sym + ": '" + v.type.name + "' and '" + w.type.name + "'";
        if (op == Operands.NB_RSHIFT && !inplace && v instanceof PyBuiltinFunction f && f.method.name.equals("print")
                && f.self == null) {
            msg += ". Did you mean \"print(<message>, file=<output_stream>)\"?";
        }
        return PyException.typeError(msg);
    }

    /** {@code divmod(v, w)}: ints and floats natively, else {@code __divmod__} / {@code __rdivmod__}. */
    public static PyObject divmod(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b && !v.type.isHeapType && !w.type.isHeapType) {
            return PyInt.divmod(a, b);
        }
        if ((v instanceof PyFloat || v instanceof PyInt) && (w instanceof PyFloat || w instanceof PyInt)
                && !v.type.isHeapType && !w.type.isHeapType) {
            return PyFloat.divmodTuple(asDouble(v), asDouble(w));
        }
        PyObject r = v.type.lookup("__divmod__") != null ? lookupAndCall(v, "__divmod__", w) : null;
        if (r != null && r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (w.type != v.type) {
            r = w.type.lookup("__rdivmod__") != null ? lookupAndCall(w, "__rdivmod__", v) : null;
            if (r != null && r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        throw PyException.typeError("unsupported operand type(s) for divmod(): '" + v.type.name + "' and '"
                + w.type.name + "'");
    }

    /** {@code pow(v, w, z)} (z may be None). */
    public static PyObject pow(PyObject v, PyObject w, PyObject z) {
        if (z == null || z == PyNone.None) {
            return binaryOp(v, w, Operands.NB_POWER);
        }
        PyType vt = v.type;
        PyType wt = w.type;
        Slots.Ternary slotv = vt.pow3;
        Slots.Ternary slotw = wt != vt ? wt.pow3 : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            PyObject x = slotv.apply(v, w, z);
            if (x != PyNotImplemented.NotImplemented) {
                return x;
            }
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w, z);
            if (x != PyNotImplemented.NotImplemented) {
                return x;
            }
        }
        throw PyException.typeError("unsupported operand type(s) for ** or pow(): '" + v.type.name + "', '"
                + w.type.name + "', '" + z.type.name + "'");
    }

    // ------------------------------------------------------------------ unary operators

    public static PyObject neg(PyObject o) {
        if (o.type == PyInt.TYPE) {
            return PyInt.negate((PyInt) o);
        }
        return unary(o, o.type.neg, "unary -");
    }

    public static PyObject pos(PyObject o) {
        return unary(o, o.type.pos, "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, o.type.invert, "unary ~");
    }

    public static PyObject abs(PyObject o) {
        return unary(o, o.type.abs, "abs()");
    }

    private static PyObject unary(PyObject o, Slots.Unary f, String what) {
        if (f == null) {
            throw PyException.typeError("bad operand type for " + what + ": '" + o.type.name + "'");
        }
        return f.apply(o);
    }

    // ------------------------------------------------------------------ comparison

    /** {@code v OP w} for {@code OP} in {@link #LT}..{@link #GE}: CPython's {@code do_richcompare}. */
    public static PyObject richCompare(PyObject v, PyObject w, int op) {
        PyType vt = v.type;
        PyType wt = w.type;
        if (vt == wt && vt == PyInt.TYPE) {
            return PyBool.of(PyInt.compare((PyInt) v, (PyInt) w, op));
        }
        boolean checkedReverse = false;
        if (vt != wt && wt.richcompare != null && wt.isSubtype(vt)) {
            checkedReverse = true;
            PyObject r = wt.richcompare.compare(w, v, SWAPPED[op]);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        if (vt.richcompare != null) {
            PyObject r = vt.richcompare.compare(v, w, op);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        if (!checkedReverse && wt.richcompare != null) {
            PyObject r = wt.richcompare.compare(w, v, SWAPPED[op]);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        if (op == EQ) {
            return PyBool.of(v == w);
        }
        if (op == NE) {
            return PyBool.of(v != w);
        }
        throw PyException.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + vt.name
                + "' and '" + wt.name + "'");
    }

    /** {@code bool(v OP w)}, with the identity shortcut of {@code PyObject_RichCompareBool} for == and !=. */
    public static boolean compare(PyObject v, PyObject w, int op) {
        if (v == w) {
            if (op == EQ) {
                return true;
            }
            if (op == NE) {
                return false;
            }
        }
        PyObject r = richCompare(v, w, op);
        if (r instanceof PyBool) {
            return r == PyBool.True;
        }
        return isTrue(r);
    }

    /** {@code v == w} as containers test it (identity first). */
    public static boolean eq(PyObject v, PyObject w) {
        if (v == w) {
            return true;
        }
        PyType t = v.type;
        if (t == w.type) {
            if (t == PyStr.TYPE) {
                return ((PyStr) v).value.equals(((PyStr) w).value);
            }
            if (t == PyInt.TYPE) {
                return PyInt.compare((PyInt) v, (PyInt) w, EQ);
            }
        }
        return compare(v, w, EQ);
    }

    // ------------------------------------------------------------------ iteration

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        Slots.Unary f = o.type.iter;
        if (f != null) {
            PyObject it = f.apply(o);
            if (it.type.next == null) {
                throw PyException.typeError("iter() returned non-iterator of type '" + it.type.name + "'");
            }
            return it;
        }
        if (o.type.getitem != null && !(o instanceof PyDict)) {
            return new PySeqIter(o);
        }
        throw PyException.typeError("'" + o.type.name + "' object is not iterable");
    }

    /**
     * The next item of iterator {@code it}, or null when it is exhausted (a StopIteration raised by a Python
     * {@code __next__} is swallowed). This is the FOR_ITER protocol.
     */
    public static PyObject next(PyObject it) {
        Slots.Unary f = it.type.next;
        if (f == null) {
            throw PyException.typeError("'" + it.type.name + "' object is not an iterator");
        }
        try {
            return f.apply(it);
        } catch (PyException e) {
            if (e.matches(PyBaseException.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code next(it)} as the builtin: raises StopIteration at exhaustion (keeping a Python one's value). */
    public static PyObject nextOrRaise(PyObject it) {
        Slots.Unary f = it.type.next;
        if (f == null) {
            throw PyException.typeError("'" + it.type.name + "' object is not an iterator");
        }
        PyObject r = f.apply(it);
        if (r == null) {
            throw PyException.stopIteration(null);
        }
        return r;
    }

    /** {@code x in container}. */
    public static boolean contains(PyObject container, PyObject x) {
        Slots.Contains f = container.type.contains;
        if (f != null) {
            return f.contains(container, x);
        }
        if (container.type.iter == null && container.type.getitem == null) {
            throw PyException.typeError("argument of type '" + container.type.name + "' is not iterable");
        }
        PyObject it = iter(container);
        for (PyObject y = next(it); y != null; y = next(it)) {
            if (eq(y, x)) {
                return true;
            }
        }
        return false;
    }

    /** The items of an iterable as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.toArray();
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        PyList l = new PyList();
        l.extend(iterable);
        return l.toArray();
    }

    /** {@code sorted(iterable)} (natural order). */
    public static PyList sorted(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        l.sort(null, false);
        return l;
    }

    // ------------------------------------------------------------------ items

    /** {@code o[key]}. */
    public static PyObject getitem(PyObject o, PyObject key) {
        Slots.Binary f = o.type.getitem;
        if (f != null) {
            return f.apply(o, key);
        }
        if (o instanceof PyType t) {
            if (t == PyType.TYPE) {
                return new PyGenericAlias(t, key);
            }
            PyObject cg = getattrOrNull(t, "__class_getitem__");
            if (cg != null) {
                return call(cg, key);
            }
            throw PyException.typeError("type '" + t.name + "' is not subscriptable");
        }
        throw PyException.typeError("'" + o.type.name + "' object is not subscriptable");
    }

    /** {@code o[key] = value}. */
    public static void setitem(PyObject o, PyObject key, PyObject value) {
        Slots.SetItem f = o.type.setitem;
        if (f == null) {
            throw PyException.typeError("'" + o.type.name + "' object does not support item assignment");
        }
        f.setitem(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delitem(PyObject o, PyObject key) {
        Slots.SetItem f = o.type.setitem;
        if (f == null) {
            throw PyException.typeError("'" + o.type.name + "' object doesn't support item deletion");
        }
        f.setitem(o, key, null);
    }

    // ------------------------------------------------------------------ numbers

    /** {@code operator.index(o)}: "'float' object cannot be interpreted as an integer". */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        Slots.Unary f = o.type.index;
        if (f == null) {
            throw PyException.typeError("'" + o.type.name + "' object cannot be interpreted as an integer");
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt i)) {
            throw PyException.typeError("__index__ returned non-int (type " + r.type.name + ")");
        }
        return i;
    }

    /** An index-sized value ({@code PyNumber_AsSsize_t} with OverflowError). */
    public static long asSize(PyObject o) {
        PyInt i = index(o);
        if (!i.isSmall()) {
            throw PyException.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    /** An index clamped to the long range ({@code PyNumber_AsSsize_t(o, NULL)}), for slice bounds. */
    public static long asClampedIndex(PyObject o) {
        PyInt i = index(o);
        if (i.isSmall()) {
            return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** The exact value of an int argument as a long ("Python int too large to convert to C long"). */
    public static long asLong(PyObject o) {
        PyInt i = index(o);
        if (!i.isSmall()) {
            throw PyException.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    /** {@code float(o)} for numbers (no str parsing): {@code __float__}, else {@code __index__}. */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        Slots.Unary f = o.type.toFloat;
        if (f != null) {
            PyObject r = f.apply(o);
            if (!(r instanceof PyFloat fl)) {
                throw PyException.typeError(o.type.name + ".__float__ returned non-float (type " + r.type.name + ")");
            }
            return fl.value;
        }
        if (o.type.index != null) {
            return index(o).toDouble();
        }
        throw PyException.typeError("must be real number, not " + o.type.name);
    }

    // ------------------------------------------------------------------ isinstance, dir

    /** {@code isinstance(o, cls)} for a class, by MRO. */
    public static boolean recursiveIsInstance(PyObject o, PyType cls) {
        if (o.type.isSubtype(cls)) {
            return true;
        }
        PyObject c = getattrOrNull(o, "__class__");
        return c instanceof PyType ct && ct != o.type && ct.isSubtype(cls);
    }

    /**
     * {@code isinstance(o, cls)} (CPython's {@code PyObject_IsInstance}): the exact type; a plain class by MRO;
     * a union or tuple by any of its items; else the {@code __instancecheck__} of cls's type.
     */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            return recursiveIsInstance(o, t);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tuple) {
            for (PyObject item : tuple.items()) {
                if (isInstance(o, item)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type.lookup("__instancecheck__");
        if (checker != null) {
            return isTrue(callBound(checker, cls, new PyObject[] {o}, null));
        }
        if (cls instanceof PyType t) {
            return recursiveIsInstance(o, t);
        }
        throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * {@code issubclass(derived, cls)} (CPython's {@code PyObject_IsSubclass}): a plain class by MRO; a union or
     * tuple by any of its items; else the {@code __subclasscheck__} of cls's type.
     */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            if (!(derived instanceof PyType d)) {
                throw PyException.typeError("issubclass() arg 1 must be a class");
            }
            return d.isSubtype(t);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tuple) {
            for (PyObject item : tuple.items()) {
                if (isSubclass(derived, item)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type.lookup("__subclasscheck__");
        if (checker != null) {
            return isTrue(callBound(checker, cls, new PyObject[] {derived}, null));
        }
        if (!(derived instanceof PyType d)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType t) {
            return d.isSubtype(t);
        }
        throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** {@code object.__dir__}: instance dict keys plus attributes of the class and its bases, sorted. */
    static PyList dirOf(PyObject o) {
        PyDict names = new PyDict();
        PyDict d = o.dict();
        if (d != null) {
            for (PyObject k : d.keysArray()) {
                names.setItem(k, PyNone.None);
            }
        }
        for (PyType t : o.type.mro) {
            for (PyObject k : t.dict().keysArray()) {
                names.setItem(k, PyNone.None);
            }
        }
        return new PyList(names.keysArray());
    }

    /** Items of a list as Java list (no copy for PyList/PyTuple). */
    static List<PyObject> itemsOf(PyObject seq) {
        if (seq instanceof PyTuple t) {
            return t.items();
        }
        return List.of(toArray(seq));
    }
}
