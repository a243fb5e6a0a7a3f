package org.pyvm.vm;

import java.util.Arrays;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFrozenSet;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PySet;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;
import org.pyvm.objects.Slots;

/** The longer instruction bodies of {@link Interpreter}, one method each, named after what they do. */
final class Ops {
    private Ops() {
    }

    static final PyObject[] NO_ARGS = new PyObject[0];

    static void clear(PyObject[] s, int from, int n) {
        if (n > 0) {
            Arrays.fill(s, from, from + n, null);
        }
    }

    static PyObject[] copy(PyObject[] s, int from, int n) {
        if (n == 0) {
            return NO_ARGS;
        }
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, from, a, 0, n);
        return a;
    }

    static PyException nameError(String name) {
        PyException e = PyException.of(PyBaseException.NameError, "name '" + name + "' is not defined");
        Abstract.setattr(e.value, "name", PyStr.of(name));
        return e;
    }

    static PyException unboundDeref(PyCode code, int k) {
        String name = code.co.cellOrFreeName(k);
        if (k < code.co.cellvars.length) {
            return Interpreter.unboundLocal(name);
        }
        return PyException.of(PyBaseException.NameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    /** mapping[name] or null when absent (a KeyError from a non-dict mapping means absent). */
    static PyObject mappingGet(PyObject mapping, String name) {
        if (mapping instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.getStr(name);
        }
        try {
            return Abstract.getitem(mapping, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(PyBaseException.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject loadName(Frame f, String name) {
        PyObject v = f.locals == null ? null : mappingGet(f.locals, name);
        if (v == null) {
            v = f.globals.getStr(name);
            if (v == null) {
                v = f.builtins.getStr(name);
                if (v == null) {
                    throw nameError(name);
                }
            }
        }
        return v;
    }

    static void storeName(Frame f, String name, PyObject v) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyException.systemError("no locals found when storing '" + name + "'");
        }
        if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            d.setStr(name, v);
        } else {
            Abstract.setitem(locals, PyStr.of(name), v);
        }
    }

    static void deleteName(Frame f, String name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyException.systemError("no locals when deleting '" + name + "'");
        }
        if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.delStr(name) == null) {
                throw nameError(name);
            }
            return;
        }
        try {
            Abstract.delitem(locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(PyBaseException.KeyError)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    static PyObject loadFromDictOrDeref(PyObject mapping, PyCode code, PyCell[] cells, int k) {
        PyObject v = mappingGet(mapping, code.co.cellOrFreeName(k));
        if (v != null) {
            return v;
        }
        v = cells[k].value;
        if (v == null) {
            throw unboundDeref(code, k);
        }
        return v;
    }

    static PyObject loadFromDictOrGlobals(Frame f, PyObject mapping, String name) {
        PyObject v = mappingGet(mapping, name);
        if (v == null) {
            v = f.globals.getStr(name);
            if (v == null) {
                v = f.builtins.getStr(name);
                if (v == null) {
                    throw nameError(name);
                }
            }
        }
        return v;
    }

    static void setupAnnotations(Frame f) {
        if (f.locals == null) {
            throw PyException.systemError("no locals found when setting up annotations");
        }
        if (mappingGet(f.locals, "__annotations__") == null) {
            storeName(f, "__annotations__", new PyDict());
        }
    }

    /** LOAD_METHOD: (func, owner) when a method descriptor on the type is not shadowed, else (attr, null). */
    static int loadMethod(PyObject[] s, int sp, String name) {
        PyObject owner = s[sp - 1];
        PyType t = owner.type();
        if (t.getattr == PyType.OBJECT.getattr) {
            PyObject descr = t.lookup(name);
            if (descr != null && descr.type().isMethodDescriptor) {
                PyDict d = owner.dict();
                if (d == null || d.getStr(name) == null) {
                    s[sp - 1] = descr;
                    s[sp] = owner;
                    return sp + 1;
                }
            }
        }
        s[sp - 1] = Abstract.getattr(owner, name);
        s[sp] = null;
        return sp + 1;
    }

    /** LOAD_SUPER_ATTR: {@code super(cls, self).name}, optionally as LOAD_METHOD. */
    static int loadSuperAttr(PyObject[] s, int sp, String name, int arg) {
        PyObject globalSuper = s[sp - 3];
        PyObject cls = s[sp - 2];
        PyObject self = s[sp - 1];
        boolean method = (arg & 1) != 0;
        PyObject v;
        if (globalSuper != Runtime.superType()) {
            PyObject sup = (arg & 2) != 0 ? Abstract.call(globalSuper, cls, self) : Abstract.call(globalSuper);
            v = Abstract.getattr(sup, name);
        } else {
            if (!(cls instanceof PyType start)) {
                throw PyException.typeError("super() argument 1 must be a type, not " + cls.type().name());
            }
            if (!(self.type().isSubtype(start) || (self instanceof PyType st && st.isSubtype(start)))) {
                throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
            if (method && !(self instanceof PyType)) {
                PyObject raw = rawSuperLookup(start, self, name);
                if (raw != null && raw.type().isMethodDescriptor) {
                    s[sp - 3] = raw;
                    s[sp - 2] = self;
                    s[sp - 1] = null;
                    return sp - 1;
                }
            }
            v = Abstract.superLookup(start, self, name);
            if (v == null) {
                PyObject sup = Abstract.call(globalSuper, cls, self);
                v = Abstract.getattr(sup, name);
            }
        }
        s[sp - 3] = v;
        if (method) {
            s[sp - 2] = null;
            s[sp - 1] = null;
            return sp - 1;
        }
        s[sp - 2] = null;
        s[sp - 1] = null;
        return sp - 2;
    }

    private static PyObject rawSuperLookup(PyType start, PyObject obj, String name) {
        PyType[] mro = obj.type().mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A call with an optional self (CALL_METHOD's self_or_null, or null). */
    static PyObject call(PyObject fn, PyObject self, PyObject[] s, int start, int n, String[] kw) {
        if (fn instanceof PyFunction pf) {
            return Interpreter.callFunction(pf, self, s, start, n, kw);
        }
        if (self == null) {
            if (fn instanceof PyMethod pm && pm.func instanceof PyFunction pf) {
                return Interpreter.callFunction(pf, pm.self, s, start, n, kw);
            }
            return Abstract.call(fn, copy(s, start, n), kw);
        }
        return Abstract.callBound(fn, self, copy(s, start, n), kw);
    }

    /** The keyword names of CALL_KW as Java strings, cached per instruction (the tuple is a constant). */
    static String[] kwnames(PyCode code, int pc, PyObject tuple) {
        int slot = code.co.cacheIndex[pc];
        Object c = slot >= 0 ? code.caches[slot] : null;
        if (c instanceof KwNames k && k.tuple == tuple) {
            return k.names;
        }
        PyTuple t = (PyTuple) tuple;
        String[] names = new String[t.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = ((PyStr) t.get(k)).value.intern();
        }
        if (slot >= 0) {
            code.caches[slot] = new KwNames(tuple, names);
        }
        return names;
    }

    private record KwNames(PyObject tuple, String[] names) {
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()} for messages about a call. */
    static String functionStr(PyObject fn) {
        PyObject q = Abstract.getattrOrNull(fn, "__qualname__");
        if (q instanceof PyStr qs) {
            PyObject m = Abstract.getattrOrNull(fn, "__module__");
            if (m instanceof PyStr ms && !ms.value.equals("builtins")) {
                return ms.value + "." + qs.value + "()";
            }
            return qs.value + "()";
        }
        return Abstract.str(fn).value + " object";
    }

    static int callFunctionEx(PyObject[] s, int sp, int arg) {
        PyDict kwargs = null;
        if ((arg & 1) != 0) {
            PyObject k = s[--sp];
            s[sp] = null;
            if (k instanceof PyDict d) {
                kwargs = d;
            } else {
                kwargs = new PyDict();
                mergeInto(kwargs, k, s[sp - 2]);
            }
        }
        PyObject fn = s[sp - 2];
        PyObject a = s[sp - 1];
        PyObject[] pos;
        if (a instanceof PyTuple t) {
            pos = t.array();
        } else {
            if (a.type().iter == null && a.type().lookup("__getitem__") == null) {
                throw PyException.typeError(functionStr(fn) + " argument after * must be an iterable, not "
                        + a.type().name());
            }
            pos = Abstract.toArray(a);
        }
        PyObject[] args;
        String[] kw = null;
        if (kwargs == null || kwargs.size() == 0) {
            args = pos;
        } else {
            PyObject[] keys = kwargs.keysArray();
            PyObject[] vals = kwargs.valuesArray();
            args = Arrays.copyOf(pos, pos.length + keys.length);
            kw = new String[keys.length];
            for (int k = 0; k < keys.length; k++) {
                if (!(keys[k] instanceof PyStr ks)) {
                    throw PyException.typeError("keywords must be strings");
                }
                kw[k] = ks.value.intern();
                args[pos.length + k] = vals[k];
            }
        }
        PyObject v;
        if (fn instanceof PyFunction pf) {
            v = Interpreter.callFunction(pf, null, args, 0, args.length, kw);
        } else {
            v = Abstract.call(fn, args == pos && a instanceof PyTuple ? args.clone() : args, kw);
        }
        s[--sp] = null;
        s[sp - 1] = v;
        return sp;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet();
        for (int k = sp - n; k < sp; k++) {
            set.add(s[k]);
        }
        clear(s, sp - n, n);
        sp -= n;
        s[sp++] = set;
        return sp;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int k = sp - 2 * n; k < sp; k += 2) {
            d.setItem(s[k], s[k + 1]);
        }
        clear(s, sp - 2 * n, 2 * n);
        sp -= 2 * n;
        s[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        for (int k = 0; k < n; k++) {
            d.setItem(keys.get(k), s[sp - 1 - n + k]);
        }
        clear(s, sp - 1 - n, n + 1);
        sp -= n + 1;
        s[sp++] = d;
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = sp - n; k < sp; k++) {
            sb.append(((PyStr) s[k]).value);
        }
        clear(s, sp - n, n);
        sp -= n;
        s[sp++] = PyStr.of(sb.toString());
        return sp;
    }

    static void listExtend(PyList list, PyObject it) {
        if (it.type().iter == null && it.type().lookup("__getitem__") == null) {
            throw PyException.typeError("Value after * must be an iterable, not " + it.type().name());
        }
        list.extend(it);
    }

    static void setUpdate(PySet set, PyObject it) {
        set.update(it);
    }

    static void dictUpdate(PyDict d, PyObject update) {
        if (update instanceof PyDict u) {
            d.update(u);
            return;
        }
        if (Abstract.getattrOrNull(update, "keys") == null) {
            throw PyException.typeError("'" + update.type().name() + "' object is not a mapping");
        }
        d.updateFrom(update);
    }

    /** DICT_MERGE: f(**x, **y) keyword merging; the callable is below the positional-arguments tuple. */
    static void dictMerge(PyObject[] s, int sp, int arg) {
        PyDict d = (PyDict) s[sp - 1 - arg];
        int fnIndex = sp - arg - 3;
        PyObject fn = fnIndex >= 0 ? s[fnIndex] : null;
        mergeInto(d, s[sp - 1], fn);
    }

    private static void mergeInto(PyDict d, PyObject update, PyObject fn) {
        PyObject keysFn = update instanceof PyDict ? null : Abstract.getattrOrNull(update, "keys");
        if (!(update instanceof PyDict) && keysFn == null) {
            throw PyException.typeError((fn == null ? "" : functionStr(fn) + " ") + "argument after ** must be a "
                    + "mapping, not " + update.type().name());
        }
        PyObject[] keys = update instanceof PyDict u ? u.keysArray() : Abstract.toArray(Abstract.call(keysFn));
        for (PyObject k : keys) {
            if (d.getItem(k) != null) {
                if (!(k instanceof PyStr)) {
                    throw PyException.typeError("keywords must be strings");
                }
                throw PyException.typeError((fn == null ? "" : functionStr(fn) + " ") + "got multiple values for "
                        + "keyword argument '" + ((PyStr) k).value + "'");
            }
            d.setItem(k, Abstract.getitem(update, k));
        }
    }

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            items = t.array();
        } else if (seq instanceof PyList l && l.type() == PyList.TYPE) {
            items = l.toArray();
        } else {
            items = unpackIterable(seq, n, -1);
        }
        if (items.length != n) {
            if (items.length < n) {
                throw PyException.valueError("not enough values to unpack (expected " + n + ", got " + items.length
                        + ")");
            }
            throw PyException.valueError("too many values to unpack (expected " + n + ")");
        }
        sp--;
        for (int k = n - 1; k >= 0; k--) {
            s[sp++] = items[k];
        }
        return sp;
    }

    /** Iterates seq for unpacking into n targets: at most n + 1 items unless {@code all}. */
    private static PyObject[] unpackIterable(PyObject seq, int n, int after) {
        PyType t = seq.type();
        if (t.iter == null && t.lookup("__getitem__") == null) {
            throw PyException.typeError("cannot unpack non-iterable " + t.name() + " object");
        }
        PyObject it = Abstract.iter(seq);
        java.util.ArrayList<PyObject> got = new java.util.ArrayList<>();
        PyObject v;
        while ((after >= 0 || got.size() <= n) && (v = Abstract.next(it)) != null) {
            got.add(v);
        }
        return got.toArray(new PyObject[0]);
    }

    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >> 8;
        PyObject seq = s[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            items = t.array();
        } else if (seq instanceof PyList l && l.type() == PyList.TYPE) {
            items = l.toArray();
        } else {
            items = unpackIterable(seq, before + after, after);
        }
        if (items.length < before + after) {
            throw PyException.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + items.length + ")");
        }
        sp--;
        for (int k = items.length - 1; k >= items.length - after; k--) {
            s[sp++] = items[k];
        }
        s[sp++] = new PyList(Arrays.copyOfRange(items, before, items.length - after));
        for (int k = before - 1; k >= 0; k--) {
            s[sp++] = items[k];
        }
        return sp;
    }

    static PyObject convert(PyObject v, int kind) {
        return switch (kind) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            default -> Abstract.ascii(v);
        };
    }

    static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[--sp];
        s[sp] = null;
        PyObject closure = (flags & 8) != 0 ? s[--sp] : null;
        PyObject annotations = (flags & 4) != 0 ? s[--sp] : null;
        PyObject kwdefaults = (flags & 2) != 0 ? s[--sp] : null;
        PyObject defaults = (flags & 1) != 0 ? s[--sp] : null;
        clear(s, sp, Integer.bitCount(flags & 15));
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, null);
        if (closure != null) {
            PyTuple t = (PyTuple) closure;
            for (int k = 0; k < fn.closure.length && k < t.size(); k++) {
                fn.closure[k] = (PyCell) t.get(k);
            }
        }
        if (annotations != null) {
            fn.annotations = annotations;
        }
        if (kwdefaults != null) {
            fn.kwdefaults = (PyDict) kwdefaults;
        }
        if (defaults != null && ((PyTuple) defaults).size() > 0) {
            fn.defaults = ((PyTuple) defaults).toArray();
        }
        s[sp++] = fn;
        return sp;
    }

    /** Sets {@code __context__} of a newly raised exception to the exception being handled (no cycles). */
    static void setContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handledException();
        if (handled == null || handled == exc) {
            return;
        }
        PyBaseException o = handled;
        int guard = 0;
        while (o.context instanceof PyBaseException c && guard++ < 100_000) {
            if (c == exc) {
                o.context = null;
                break;
            }
            o = c;
        }
        exc.context = handled;
    }

    /** RAISE_VARARGS: the exception to throw (with its cause and context set). */
    static PyException raise(ThreadState ts, PyObject[] s, int sp, int n) {
        if (n == 0) {
            PyBaseException h = ts.handledException();
            if (h == null) {
                return PyException.runtimeError("No active exception to reraise");
            }
            return h.toThrowable();
        }
        PyObject cause = n == 2 ? s[sp - 1] : null;
        PyBaseException exc = makeException(s[sp - n], "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.None) {
                exc.cause = null;
            } else {
                exc.cause = makeException(cause, "exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        setContext(ts, exc);
        return exc.toThrowable();
    }

    private static PyBaseException makeException(PyObject o, String message) {
        if (o instanceof PyType t && t.isSubtype(PyBaseException.BaseException)) {
            PyObject v = Abstract.call(t);
            if (!(v instanceof PyBaseException e)) {
                throw PyException.typeError("calling " + Abstract.repr(t).value
                        + " should have returned an instance of BaseException, not " + v.type().name());
            }
            return e;
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyException.typeError(message);
    }

    static final String BAD_CATCH = "catching classes that do not inherit from BaseException is not allowed";

    private static void checkCatchable(PyObject type) {
        if (type instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                if (!(t.get(k) instanceof PyType tt && tt.isSubtype(PyBaseException.BaseException))) {
                    throw PyException.typeError(BAD_CATCH);
                }
            }
        } else if (!(type instanceof PyType tt && tt.isSubtype(PyBaseException.BaseException))) {
            throw PyException.typeError(BAD_CATCH);
        }
    }

    static boolean exceptionMatches(PyObject exc, PyObject type) {
        checkCatchable(type);
        PyType et = exc.type();
        if (type instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                if (et.isSubtype((PyType) t.get(k))) {
                    return true;
                }
            }
            return false;
        }
        return et.isSubtype((PyType) type);
    }

    /** CHECK_EG_MATCH: exc type -- rest match. */
    static void checkEgMatch(ThreadState ts, PyObject[] s, int sp) {
        PyObject exc = s[sp - 2];
        PyObject type = s[sp - 1];
        checkCatchable(type);
        PyType[] types = type instanceof PyTuple t ? toTypes(t) : new PyType[] {(PyType) type};
        for (PyType t : types) {
            if (t.isSubtype(PyBaseException.BaseExceptionGroup)) {
                throw PyException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        PyObject match;
        PyObject rest;
        if (exceptionMatches(exc, type)) {
            if (exc.type().isSubtype(PyBaseException.BaseExceptionGroup)) {
                match = exc;
            } else {
                PyType groupType = exc.type().isSubtype(PyBaseException.Exception) ? PyBaseException.ExceptionGroup
                        : PyBaseException.BaseExceptionGroup;
                PyBaseException g = (PyBaseException) Abstract.call(groupType, PyStr.EMPTY,
                        new PyList(new PyObject[] {exc}));
                g.traceback = ((PyBaseException) exc).traceback;
                match = g;
            }
            rest = PyNone.None;
        } else if (exc.type().isSubtype(PyBaseException.BaseExceptionGroup)) {
            PyObject pair = Abstract.callMethod(exc, "split", type);
            PyTuple p = (PyTuple) pair;
            match = p.get(0);
            rest = p.get(1);
        } else {
            match = PyNone.None;
            rest = exc;
        }
        s[sp - 2] = rest;
        s[sp - 1] = match;
        if (match != PyNone.None) {
            ts.excInfo.value = (PyBaseException) match;
        }
    }

    private static PyType[] toTypes(PyTuple t) {
        PyType[] r = new PyType[t.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = (PyType) t.get(k);
        }
        return r;
    }

    /** BEFORE_WITH: mgr -- exit enter_result. */
    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            throw PyException.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        PyObject exit = t.lookup("__exit__");
        if (exit == null) {
            throw PyException.typeError("'" + t.name()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        Slots.DescrGet g = exit.type().descrGet;
        s[sp - 1] = g == null ? exit : g.get(exit, mgr, t);
        s[sp] = Abstract.callBound(enter, mgr, NO_ARGS, null);
        return sp + 1;
    }

    static PyObject getYieldFromIter(PyCode code, PyObject v) {
        if (v instanceof PyGenerator g) {
            if (g.kind == PyGenerator.COROUTINE && (code.co.flags & (org.pyvm.bytecode.CodeObject.CO_COROUTINE
                    | org.pyvm.bytecode.CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            if (g.kind != PyGenerator.ASYNC_GENERATOR) {
                return v;
            }
        }
        return Abstract.iter(v);
    }

    static PyObject frozen(PyObject o) {
        return PyFrozenSet.from(o);
    }
}
