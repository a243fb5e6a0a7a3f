package org.pyvm.modules;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyByteArray;
import org.pyvm.objects.PyMemoryView;
import org.pyvm.objects.PyAnextAwaitable;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyCallableIterator;
import org.pyvm.objects.PyClassMethod;
import org.pyvm.objects.PyComplex;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyEllipsis;
import org.pyvm.objects.PyEnumerate;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFilter;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyFrozenSet;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMap;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyNotImplemented;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyProperty;
import org.pyvm.objects.PyRange;
import org.pyvm.objects.PyReversed;
import org.pyvm.objects.PySet;
import org.pyvm.objects.PySlice;
import org.pyvm.objects.PyStaticMethod;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PySuper;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyUnionType;
import org.pyvm.objects.PyType;
import org.pyvm.objects.PyZip;

/**
 * The {@code builtins} module: CPython 3.12's builtin functions with its signatures, keyword arguments and error
 * messages, the builtin types and exceptions, and the constants.
 *
 * <p>Left to the interpreter, which adds them to this module's dict because they need frames, the compiler or the
 * import system: {@code __build_class__}, {@code __import__}, {@code exec}, {@code eval}, {@code compile},
 * {@code globals}, {@code locals}, {@code breakpoint}, {@code help}, {@code open} and the site names
 * ({@code copyright}, {@code credits}, {@code license}, {@code exit}, {@code quit}). {@code vars()} and
 * {@code dir()} without an argument ask {@link #frameLocals}; {@code super()} without arguments asks
 * {@link PySuper#zeroArgs}.
 *
 * <p>{@code print} and {@code input} look {@code sys.stdout}, {@code sys.stdin} and {@code sys.stderr} up in the
 * dict of the {@code sys} module given to {@link #create} at every call, as CPython does, and call their
 * {@code write}/{@code flush}/{@code readline} methods.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /**
     * The interpreter's hook for {@code vars()} and {@code dir()} without an argument: the current frame's locals
     * mapping. Null until the interpreter sets it.
     */
    public static volatile Supplier<PyObject> frameLocals;

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /** A new {@code builtins} module whose {@code print}/{@code input} use the streams of {@code sys}. */
    public static PyModule create(PyModule sys) {
        PyModule m = new PyModule("builtins");
        m.isBuiltin = true;
        m.add("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        m.add("None", PyNone.None);
        m.add("Ellipsis", PyEllipsis.Ellipsis);
        m.add("NotImplemented", PyNotImplemented.NotImplemented);
        m.add("True", PyBool.True);
        m.add("False", PyBool.False);
        m.add("__debug__", PyBool.True);
        addTypes(m);
        for (PyType t : PyBaseException.ALL) {
            m.add(t.name(), t);
        }
        m.add("EnvironmentError", PyBaseException.OSError);  // old names of OSError
        m.add("IOError", PyBaseException.OSError);
        addFunctions(m, sys);
        return m;
    }

    private static void addTypes(PyModule m) {
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyBool.TYPE,
            PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE,
            PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, PyByteArray.TYPE,
            PyMemoryView.TYPE};
        for (PyType t : types) {
            m.add(t.name(), t);
        }
    }

    // ------------------------------------------------------------------ argument checking (CPython's wording)

    /** METH_O: "len() takes exactly one argument (2 given)". */
    private static PyObject one(String fn, PyObject[] args, String[] kw) {
        noKeywords(fn, kw);
        if (args.length != 1) {
            throw PyException.typeError(fn + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** Positional-only arguments: "divmod expected 2 arguments, got 1". */
    private static void positional(String fn, PyObject[] args, String[] kw, int min, int max) {
        noKeywords(fn, kw);
        int n = args.length;
        if (n < min) {
            throw PyException.typeError(fn + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw PyException.typeError(fn + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    private static void noKeywords(String fn, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyException.typeError(fn + "() takes no keyword arguments");
        }
    }

    /**
     * Argument Clinic's parsing: {@code params} (the first {@code posOnly} positional-only, then
     * positional-or-keyword, then from {@code kwOnly} on keyword-only), the first {@code min} required.
     */
    static PyObject[] clinic(String fn, PyObject[] args, String[] kw, int min, int posOnly, int kwOnly,
            String[] params) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > kwOnly) {
            String what = kwOnly == params.length ? "argument" : "positional argument";
            if (kwOnly == 0) {
                throw PyException.typeError(fn + "() takes no positional arguments");
            }
            throw PyException.typeError(fn + "() takes " + (min < kwOnly ? "at most " : "exactly ") + kwOnly
                    + " " + what + (kwOnly == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (npos < posOnly && npos < min) {
            int need = Math.min(min, posOnly);
            throw PyException.typeError(fn + "() takes " + (need < kwOnly ? "at least " : "exactly ") + need
                    + " positional argument" + (need == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] a = new PyObject[params.length];
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = posOnly; i < params.length; i++) {
                if (params[i].equals(kw[k])) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (a[idx] != null) {
                throw PyException.typeError("argument for " + fn + "() given by name ('" + kw[k]
                        + "') and position (" + (idx + 1) + ")");
            }
            a[idx] = args[npos + k];
        }
        for (int i = 0; i < min; i++) {
            if (a[i] == null) {
                throw PyException.typeError(fn + "() missing required argument '" + params[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return a;
    }

    private static void fn(PyModule m, String name, PyMethodDescr.Fn.Full body) {
        m.function(name, 0, 0, body);
    }

    // ------------------------------------------------------------------ the functions

    private static void addFunctions(PyModule m, PyModule sys) {
        fn(m, "abs", (s, a, k) -> Abstract.abs(one("abs", a, k)));
        fn(m, "all", (s, a, k) -> {
            PyObject it = Abstract.iter(one("all", a, k));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
        fn(m, "any", (s, a, k) -> {
            PyObject it = Abstract.iter(one("any", a, k));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.True;
                }
            }
            return PyBool.False;
        });
        fn(m, "ascii", (s, a, k) -> Abstract.ascii(one("ascii", a, k)));
        fn(m, "repr", (s, a, k) -> Abstract.repr(one("repr", a, k)));
        fn(m, "bin", (s, a, k) -> toBase(one("bin", a, k), 2, "0b"));
        fn(m, "oct", (s, a, k) -> toBase(one("oct", a, k), 8, "0o"));
        fn(m, "hex", (s, a, k) -> toBase(one("hex", a, k), 16, "0x"));
        fn(m, "callable", (s, a, k) -> PyBool.of(Abstract.isCallable(one("callable", a, k))));
        fn(m, "chr", (s, a, k) -> chr(one("chr", a, k)));
        fn(m, "ord", (s, a, k) -> ord(one("ord", a, k)));
        fn(m, "hash", (s, a, k) -> PyInt.of(Abstract.hash(one("hash", a, k))));
        fn(m, "id", (s, a, k) -> PyInt.of(id(one("id", a, k))));
        fn(m, "len", (s, a, k) -> PyInt.of(Abstract.len(one("len", a, k))));
        fn(m, "divmod", (s, a, k) -> {
            positional("divmod", a, k, 2, 2);
            return Abstract.divmod(a[0], a[1]);
        });
        fn(m, "format", (s, a, k) -> {
            positional("format", a, k, 1, 2);
            if (a.length < 2) {
                return Abstract.format(a[0], PyStr.EMPTY);
            }
            if (!(a[1] instanceof PyStr spec)) {
                throw PyException.typeError("format() argument 2 must be str, not " + a[1].type().name());
            }
            return Abstract.format(a[0], spec);
        });
        fn(m, "getattr", (s, a, k) -> {
            positional("getattr", a, k, 2, 3);
            String name = Abstract.attrName(a[1]);
            if (a.length == 2) {
                return Abstract.getattr(a[0], name);
            }
            PyObject v = Abstract.getattrOrNull(a[0], name);
            return v == null ? a[2] : v;
        });
        fn(m, "hasattr", (s, a, k) -> {
            positional("hasattr", a, k, 2, 2);
            return PyBool.of(Abstract.getattrOrNull(a[0], Abstract.attrName(a[1])) != null);
        });
        fn(m, "setattr", (s, a, k) -> {
            positional("setattr", a, k, 3, 3);
            Abstract.setattr(a[0], Abstract.attrName(a[1]), a[2]);
            return PyNone.None;
        });
        fn(m, "delattr", (s, a, k) -> {
            positional("delattr", a, k, 2, 2);
            Abstract.delattr(a[0], Abstract.attrName(a[1]));
            return PyNone.None;
        });
        fn(m, "isinstance", (s, a, k) -> {
            positional("isinstance", a, k, 2, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        fn(m, "issubclass", (s, a, k) -> {
            positional("issubclass", a, k, 2, 2);
            return PyBool.of(isSubclass(a[0], a[1]));
        });
        fn(m, "iter", (s, a, k) -> {
            positional("iter", a, k, 1, 2);
            if (a.length == 1) {
                return Abstract.iter(a[0]);
            }
            if (!Abstract.isCallable(a[0])) {
                throw PyException.typeError("iter(object, sentinel): object must be callable");
            }
            return new PyCallableIterator(a[0], a[1]);
        });
        fn(m, "next", (s, a, k) -> {
            positional("next", a, k, 1, 2);
            return next(a[0], a.length > 1 ? a[1] : null);
        });
        fn(m, "aiter", (s, a, k) -> aiter(one("aiter", a, k)));
        fn(m, "anext", (s, a, k) -> {
            positional("anext", a, k, 1, 2);
            return anext(a[0], a.length > 1 ? a[1] : null);
        });
        fn(m, "min", (s, a, k) -> minMax("min", a, k, Abstract.LT));
        fn(m, "max", (s, a, k) -> minMax("max", a, k, Abstract.GT));
        fn(m, "pow", (s, a, k) -> {
            PyObject[] p = clinic("pow", a, k, 2, 0, 3, new String[] {"base", "exp", "mod"});
            return Abstract.pow(p[0], p[1], p[2] == null ? PyNone.None : p[2]);
        });
        fn(m, "round", (s, a, k) -> {
            PyObject[] p = clinic("round", a, k, 1, 0, 2, new String[] {"number", "ndigits"});
            return round(p[0], p[1]);
        });
        fn(m, "sorted", (s, a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos != 1) {
                throw PyException.typeError("sorted expected 1 argument, got " + npos);
            }
            PyList l = new PyList();
            l.extend(a[0]);
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            Abstract.call(Abstract.getattr(l, "sort"), rest, k);
            return l;
        });
        fn(m, "sum", (s, a, k) -> {
            PyObject[] p = clinic("sum", a, k, 1, 1, 2, new String[] {"iterable", "start"});
            return sum(p[0], p[1]);
        });
        fn(m, "vars", (s, a, k) -> {
            positional("vars", a, k, 0, 1);
            if (a.length == 0) {
                return currentLocals("vars");
            }
            PyObject d = Abstract.getattrOrNull(a[0], "__dict__");
            if (d == null) {
                throw PyException.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        fn(m, "dir", (s, a, k) -> {
            positional("dir", a, k, 0, 1);
            if (a.length == 0) {
                PyList l = new PyList();
                l.extend(currentLocals("dir"));
                l.sort(null, false);
                return l;
            }
            return dir(a[0]);
        });
        fn(m, "print", (s, a, k) -> print(sys, a, k));
        fn(m, "open", (s, a, k) -> Abstract.call(Abstract.getattr(org.pyvm.vm.Importer.importModule("io"), "open"), a, k));
        fn(m, "input", (s, a, k) -> {
            positional("input", a, k, 0, 1);
            return input(sys, a.length == 0 ? null : a[0]);  // an explicit None prompt prints "None"
        });
    }

    // ------------------------------------------------------------------ bodies

    private static PyObject toBase(PyObject o, int radix, String prefix) {
        PyInt i = Abstract.index(o);
        String digits = i.isSmall() ? Long.toString(Math.abs(i.longValue()), radix) : i.bigValue().abs().toString(
                radix);
        if (i.isSmall() && i.longValue() == Long.MIN_VALUE) {
            digits = BigInteger.valueOf(Long.MIN_VALUE).abs().toString(radix);
        }
        return PyStr.of((i.signum() < 0 ? "-" : "") + prefix + digits);
    }

    private static PyObject chr(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw PyException.overflowError("Python int too large to convert to C int");
        }
        long v = i.longValue();
        if (v < 0 || v > 0x10ffff) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v);
    }

    private static PyObject ord(PyObject o) {
        if (o instanceof PyStr s) {
            int n = s.length();
            if (n != 1) {
                throw PyException.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (o instanceof PyBytes b) {
            byte[] v = b.toByteArray();
            if (v.length != 1) {
                throw PyException.typeError("ord() expected a character, but string of length " + v.length
                        + " found");
            }
            return PyInt.of(v[0] & 0xff);
        }
        // bytearray: accepted like bytes once its type exists (another helper writes it).
        throw PyException.typeError("ord() expected string of length 1, but " + o.type().name() + " found");
    }

    /** {@code id(o)}: the number shown in default reprs ({@link Abstract#address}). */
    private static long id(PyObject o) {
        return Long.parseLong(Abstract.address(o).substring(2), 16);
    }

    private static PyObject next(PyObject it, PyObject dflt) {
        if (it.type().next == null) {
            throw PyException.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        PyObject r;
        try {
            r = Abstract.nextOrRaise(it);
        } catch (PyException e) {
            if (dflt != null && e.matches(PyBaseException.StopIteration)) {
                return dflt;
            }
            throw e;
        }
        return r;
    }

    private static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw PyException.typeError("'" + o.type().name() + "' object is not an async iterable");
        }
        PyObject it = Abstract.callBound(m, o, NO_ARGS, null);
        if (it.type().lookup("__anext__") == null) {
            throw PyException.typeError("aiter() returned not an async iterator of type '" + it.type().name()
                    + "'");
        }
        return it;
    }

    private static PyObject anext(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__anext__");
        if (m == null) {
            throw PyException.typeError("'" + it.type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.callBound(m, it, NO_ARGS, null);
        if (dflt == null) {
            return awaitable;
        }
        return PyAnextAwaitable.wrap(awaitable, dflt);
    }

    private static PyObject minMax(String fn, PyObject[] args, String[] kw, int op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos == 0) {
            throw PyException.typeError(fn + " expected at least 1 argument, got 0");
        }
        PyObject key = null;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            switch (kw[k]) {
                case "key" -> key = args[npos + k];
                case "default" -> dflt = args[npos + k];
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn
                        + "()");
            }
        }
        if (npos > 1 && dflt != null) {
            throw PyException.typeError("Cannot specify a default for " + fn + "() with multiple positional "
                    + "arguments");
        }
        if (key == PyNone.None) {
            key = null;
        }
        PyObject it = Abstract.iter(npos == 1 ? args[0] : new PyTuple(java.util.Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject xk = key == null ? x : Abstract.call(key, x);
            if (best == null || Abstract.compare(xk, bestKey, op)) {
                best = x;
                bestKey = xk;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyException.valueError(fn + "() iterable argument is empty");
        }
        return best;
    }

    private static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup("__round__");
        if (m == null) {
            throw PyException.typeError("type " + number.type().name() + " doesn't define __round__ method");
        }
        if (ndigits == null || ndigits == PyNone.None) {
            return Abstract.callBound(m, number, NO_ARGS, null);
        }
        return Abstract.callBound(m, number, new PyObject[] {ndigits}, null);
    }

    /**
     * {@code sum(iterable, start)} as CPython 3.12 computes it: exact ints add in a long while they fit; a float
     * total adds floats with Neumaier's compensated summation (ints that fit a long are added plainly); any other
     * item, or an overflow, makes the rest plain {@code +}.
     */
    static PyObject sum(PyObject iterable, PyObject start) {
        PyObject result = start == null ? PyInt.of(0) : start;
        if (result instanceof PyStr) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw PyException.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (isNamed(result.type(), "bytearray")) {
            throw PyException.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(iterable);
        if (result.type() == PyInt.TYPE && ((PyInt) result).isSmall()) {
            long total = ((PyInt) result).longValue();
            result = null;
            while (result == null) {
                PyObject item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(total);
                }
                if ((item.type() == PyInt.TYPE || item instanceof PyBool) && ((PyInt) item).isSmall()) {
                    long b = ((PyInt) item).longValue();
                    long r = total + b;
                    if (((total ^ r) & (b ^ r)) >= 0) {
                        total = r;
                        continue;
                    }
                }
                result = Abstract.add(PyInt.of(total), item);
            }
        }
        if (result.type() == PyFloat.TYPE) {
            double f = ((PyFloat) result).value;
            double c = 0.0;
            result = null;
            while (result == null) {
                PyObject item = Abstract.next(it);
                if (item == null) {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    return PyFloat.of(f);
                }
                double x;
                if (item.type() == PyFloat.TYPE) {
                    x = ((PyFloat) item).value;
                } else if (item instanceof PyInt i && i.isSmall()) {
                    f += (double) i.longValue();  // CPython 3.12 adds ints without compensation
                    continue;
                } else {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    result = Abstract.add(PyFloat.of(f), item);
                    break;
                }
                double t = f + x;
                if (Math.abs(f) >= Math.abs(x)) {
                    c += (f - t) + x;
                } else {
                    c += (x - t) + f;
                }
                f = t;
            }
        }
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.add(result, item);
        }
        return result;
    }

    private static boolean isNamed(PyType t, String builtinName) {
        for (PyType s : t.mro()) {
            if (!s.isHeapType && s.name().equals(builtinName)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject dir(PyObject o) {
        PyObject m = o.type().lookup("__dir__");
        if (m == null) {
            throw PyException.typeError("object does not provide __dir__");
        }
        PyObject r = Abstract.callBound(m, o, NO_ARGS, null);
        PyList l = new PyList();
        l.extend(r);
        l.sort(null, false);
        return l;
    }

    private static PyObject currentLocals(String fn) {
        Supplier<PyObject> hook = frameLocals;
        if (hook == null) {
            throw PyException.systemError(fn + "(): no current frame");
        }
        return hook.get();
    }

    // ------------------------------------------------------------------ isinstance, issubclass

    /** {@code isinstance(inst, cls)}: exact type, tuples, {@code __instancecheck__}, then {@code __class__}. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls instanceof PyType ct && ct.type() == PyType.TYPE) {
            return Abstract.recursiveIsInstance(inst, ct);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple t) {
            for (PyObject item : t.toArray()) {
                if (isInstance(inst, item)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup("__instancecheck__");
        if (checker != null) {
            return Abstract.isTrue(Abstract.callBound(checker, cls, new PyObject[] {inst}, null));
        }
        if (cls instanceof PyType ct) {
            return Abstract.recursiveIsInstance(inst, ct);
        }
        if (bases(cls) == null) {
            throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject icls = Abstract.getattrOrNull(inst, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** {@code issubclass(derived, cls)}: tuples, {@code __subclasscheck__}, then the MRO or {@code __bases__}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType ct && ct.type() == PyType.TYPE) {
            return derived == cls || recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple t) {
            for (PyObject item : t.toArray()) {
                if (isSubclass(derived, item)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup("__subclasscheck__");
        if (checker != null) {
            return Abstract.isTrue(Abstract.callBound(checker, cls, new PyObject[] {derived}, null));
        }
        return recursiveIsSubclass(derived, cls);
    }

    private static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtype(c);
        }
        if (bases(derived) == null) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        if (bases(cls) == null) {
            throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** {@code __bases__} when it is a tuple, else null (CPython's {@code abstract_get_bases}). */
    private static PyTuple bases(PyObject o) {
        PyObject b = Abstract.getattrOrNull(o, "__bases__");
        return b instanceof PyTuple t ? t : null;
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (true) {
            if (derived == cls) {
                return true;
            }
            PyTuple b = bases(derived);
            if (b == null || b.size() == 0) {
                return false;
            }
            PyObject[] items = b.toArray();
            if (items.length == 1) {
                derived = items[0];
                continue;
            }
            for (PyObject base : items) {
                if (abstractIsSubclass(base, cls)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ print, input

    private static final String[] PRINT_PARAMS = {"sep", "end", "file", "flush"};

    private static PyObject print(PyModule sys, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject[] opt = new PyObject[4];
        for (int k = 0; k < nkw; k++) {
            int i = java.util.Arrays.asList(PRINT_PARAMS).indexOf(kw[k]);
            if (i < 0) {
                throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
            opt[i] = args[npos + k];
        }
        PyObject file = opt[2];
        if (file == null || file == PyNone.None) {
            file = sys.dict().getStr("stdout");
            if (file == null) {
                throw PyException.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.None) {
                return PyNone.None;
            }
        }
        PyObject sep = opt[0];
        if (sep != null && sep != PyNone.None && !(sep instanceof PyStr)) {
            throw PyException.typeError("sep must be None or a string, not " + sep.type().name());
        }
        PyObject end = opt[1];
        if (end != null && end != PyNone.None && !(end instanceof PyStr)) {
            throw PyException.typeError("end must be None or a string, not " + end.type().name());
        }
        PyObject write = Abstract.getattr(file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Abstract.call(write, sep == null || sep == PyNone.None ? PyStr.of(" ") : sep);
            }
            Abstract.call(write, Abstract.str(args[i]));
        }
        Abstract.call(write, end == null || end == PyNone.None ? PyStr.of("\n") : end);
        if (opt[3] != null && Abstract.isTrue(opt[3])) {
            Abstract.callMethod(file, "flush");
        }
        return PyNone.None;
    }

    private static PyObject sysStream(PyModule sys, String name) {
        PyObject f = sys.dict().getStr(name);
        if (f == null || f == PyNone.None) {
            throw PyException.runtimeError("input(): lost sys." + name);
        }
        return f;
    }

    private static PyObject input(PyModule sys, PyObject prompt) {
        PyObject in = sysStream(sys, "stdin");
        PyObject out = sysStream(sys, "stdout");
        PyObject err = sysStream(sys, "stderr");
        try {
            Abstract.callMethod(err, "flush");
        } catch (PyException e) {
            // CPython ignores a failing stderr flush here.
        }
        if (prompt != null) {
            Abstract.callMethod(out, "write", Abstract.str(prompt));
        }
        Abstract.callMethod(out, "flush");
        PyObject line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyException.typeError("object.readline() returned non-string");
        }
        if (s.length() == 0) {
            throw PyException.of(PyBaseException.EOFError, "EOF when reading a line");
        }
        String v = s.value;
        return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
    }
}
