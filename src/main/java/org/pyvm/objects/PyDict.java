package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.bytecode.Operands;

/**
 * {@code dict}: CPython's compact ordered table. Entries (hash, key, value) are appended in insertion order to
 * parallel arrays; a separate open-addressing {@code index} maps hash slots to entry numbers (-1 empty, -2
 * deleted), probed with CPython's perturbation sequence. Deleting leaves a hole (key null) until the next resize
 * compacts the entries, so iteration order is insertion order.
 *
 * <p>String keys: {@link #getStr}/{@link #setStr} take a Java {@code String} and use its cached
 * {@code hashCode} (the same hash {@link PyStr} has), comparing by identity first, so attribute, global and
 * keyword lookups by interned names are one probe and one reference compare. {@link #version} changes on every
 * mutation, for the interpreter's global-lookup caches.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDictMethods::define);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyDict) self).reprString());
        t.hash = Slots.HASH_NOT_IMPLEMENTED;
        t.len = self -> ((PyDict) self).used;
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PyDict b) || (op != Abstract.EQ && op != Abstract.NE)) {
                return PyNotImplemented.NotImplemented;
            }
            boolean eq = ((PyDict) v).equalsDict(b);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        t.getitem = (self, key) -> ((PyDict) self).subscript(key);
        t.setitem = (self, key, value) -> {
            PyDict d = (PyDict) self;
            if (value == null) {
                if (d.delItem(key) == null) {
                    throw PyException.keyError(key);
                }
            } else {
                d.setItem(key, value);
            }
        };
        t.contains = (self, key) -> ((PyDict) self).getItem(key) != null;
        t.iter = self -> new PyDictMethods.DictIter((PyDict) self, PyDictMethods.DictIter.KEYS);
        t.nb[Operands.NB_OR] = (v, w) -> {
            if (!(v instanceof PyDict a) || !(w instanceof PyDict b)) {
                return PyNotImplemented.NotImplemented;
            }
            PyDict r = a.copy();
            r.update(b);
            return r;
        };
        t.nbInplace[Operands.NB_OR] = (v, w) -> {
            ((PyDict) v).updateFrom(w);
            return v;
        };
        t.newSlot = (type, args, kw) -> type == TYPE ? new PyDict() : new Derived(type);
        t.init = PyDictMethods::init;
    }

    private static final int MIN_SIZE = 8;

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used (live and deleted). */
    private int n;
    /** Live entries ({@code len}). */
    int used;
    /** Changes on every mutation (insert, update of a value, delete, clear). */
    public int version;

    public PyDict() {
        this(TYPE);
    }

    PyDict(PyType type) {
        super(type);
        index = new int[MIN_SIZE];
        java.util.Arrays.fill(index, -1);
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
    }

    /** A Python subclass of dict (with {@code __missing__} support). */
    public static final class Derived extends PyDict {
        private PyDict dict;

        Derived(PyType type) {
            super(type);
            if (type.instancesHaveDict) {
                dict = new PyDict();
            }
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    public final int size() {
        return used;
    }

    // ------------------------------------------------------------------ the table

    private static long strHash(String s) {
        int h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    /** Entry number of key, or -1. */
    private int find(PyObject key, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == -1) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (hashes[ix] == hash && k != null && keyEquals(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static boolean keyEquals(PyObject k, PyObject key) {
        if (k instanceof PyStr a && key instanceof PyStr b && a.type == PyStr.TYPE && b.type == PyStr.TYPE) {
            return a.value.equals(b.value);
        }
        return Abstract.eq(k, key);
    }

    private int findStr(String name, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == -1) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash) {
                PyObject k = keys[ix];
                if (k instanceof PyStr s && (s.value == name || s.value.equals(name))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private void insertNew(PyObject key, long hash, PyObject value) {
        if (n == keys.length || (long) (n + 1) * 3 >= (long) index.length * 2) {
            resize(used * 3);
        }
        int e = n++;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        used++;
        version++;
        slotFor(hash, e);
    }

    private void slotFor(long hash, int e) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = e;
    }

    /** Rebuilds the index for at least {@code minUsed} entries and compacts out deleted entries. */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        int cap = Math.max(5, size * 2 / 3 + 1);
        long[] nh = new long[cap];
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                nh[j] = hashes[i];
                nk[j] = keys[i];
                nv[j] = values[i];
                j++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        n = j;
        index = new int[size];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < j; i++) {
            slotFor(nh[i], i);
        }
    }

    private void removeEntry(int e, long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (idx[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = -2;
        keys[e] = null;
        values[e] = null;
        used--;
        version++;
    }

    // ------------------------------------------------------------------ API

    /** {@code d.get(key)}: the value or null; raises TypeError for unhashable keys. */
    public final PyObject getItem(PyObject key) {
        long h = key instanceof PyStr s && key.type == PyStr.TYPE ? s.hash() : Abstract.hash(key);
        int e = find(key, h);
        return e < 0 ? null : values[e];
    }

    /** {@code d[key] = value}. */
    public final void setItem(PyObject key, PyObject value) {
        long h = key instanceof PyStr s && key.type == PyStr.TYPE ? s.hash() : Abstract.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            values[e] = value;
            version++;
        } else {
            insertNew(key, h, value);
        }
    }

    /** Removes key; returns the old value or null if absent. */
    public final PyObject delItem(PyObject key) {
        long h = key instanceof PyStr s && key.type == PyStr.TYPE ? s.hash() : Abstract.hash(key);
        int e = find(key, h);
        if (e < 0) {
            return null;
        }
        PyObject old = values[e];
        removeEntry(e, h);
        return old;
    }

    /** The value for a str key given as a Java string, or null. */
    public final PyObject getStr(String name) {
        int e = findStr(name, strHash(name));
        return e < 0 ? null : values[e];
    }

    /** {@code d[name] = value} for a str key given as a Java string. */
    public final void setStr(String name, PyObject value) {
        long h = strHash(name);
        int e = findStr(name, h);
        if (e >= 0) {
            values[e] = value;
            version++;
        } else {
            insertNew(PyStr.of(name), h, value);
        }
    }

    /** Removes a str key; returns the old value or null. */
    public final PyObject delStr(String name) {
        long h = strHash(name);
        int e = findStr(name, h);
        if (e < 0) {
            return null;
        }
        PyObject old = values[e];
        removeEntry(e, h);
        return old;
    }

    public final void clear() {
        index = new int[MIN_SIZE];
        java.util.Arrays.fill(index, -1);
        hashes = new long[5];
        keys = new PyObject[5];
        values = new PyObject[5];
        n = 0;
        used = 0;
        version++;
    }

    /** A shallow copy (exact dict). */
    public final PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                d.insertNew(keys[i], hashes[i], values[i]);
            }
        }
        return d;
    }

    /** Inserts every item of another dict. */
    public final void update(PyDict other) {
        for (int i = 0; i < other.n; i++) {
            PyObject k = other.keys[i];
            if (k != null) {
                int e = find(k, other.hashes[i]);
                if (e >= 0) {
                    values[e] = other.values[i];
                    version++;
                } else {
                    insertNew(k, other.hashes[i], other.values[i]);
                }
            }
        }
    }

    /** {@code d.update(x)} for a mapping (with {@code keys()}) or an iterable of pairs. */
    public final void updateFrom(PyObject x) {
        if (x instanceof PyDict o && x.type.iter == TYPE.iter) {
            update(o);
            return;
        }
        PyObject keysMethod = Abstract.getattrOrNull(x, "keys");
        if (keysMethod != null) {
            PyObject it = Abstract.iter(Abstract.call(keysMethod));
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                setItem(k, Abstract.getitem(x, k));
            }
            return;
        }
        PyObject it = Abstract.iter(x);
        int i = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(item);
            } catch (PyException e) {
                if (e.matches(PyBaseException.TypeError)) {
                    throw PyException.typeError("cannot convert dictionary update sequence element #" + i
                            + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyException.valueError("dictionary update sequence element #" + i + " has length "
                        + kv.length + "; 2 is required");
            }
            setItem(kv[0], kv[1]);
        }
    }

    /** {@code d[key]}: KeyError, or {@code __missing__} of a subclass. */
    final PyObject subscript(PyObject key) {
        PyObject v = getItem(key);
        if (v != null) {
            return v;
        }
        if (type != TYPE) {
            PyObject r = Abstract.lookupAndCall(this, "__missing__", key);
            if (r != null) {
                return r;
            }
        }
        throw PyException.keyError(key);
    }

    // ------------------------------------------------------------------ iteration support

    /** Entry count including holes: iterate {@code i < entryLimit()} and skip null keys. */
    final int entryLimit() {
        return n;
    }

    final PyObject keyAt(int i) {
        return keys[i];
    }

    final PyObject valueAt(int i) {
        return values[i];
    }

    public final PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        for (int i = 0, j = 0; i < n; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    public final PyObject[] valuesArray() {
        PyObject[] out = new PyObject[used];
        for (int i = 0, j = 0; i < n; i++) {
            if (keys[i] != null) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    /** Snapshot of the items as {key, value} pairs. */
    public final List<PyObject[]> itemsArray() {
        List<PyObject[]> out = new ArrayList<>(used);
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                out.add(new PyObject[] {keys[i], values[i]});
            }
        }
        return out;
    }

    private boolean equalsDict(PyDict b) {
        if (used != b.used) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k != null) {
                PyObject bv = b.getItem(k);
                if (bv == null || !Abstract.eq(values[i], bv)) {
                    return false;
                }
            }
        }
        return true;
    }

    final String reprString() {
        if (used == 0) {
            return "{}";
        }
        if (!Abstract.reprEnter(this)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < n; i++) {
                if (keys[i] != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    PyObject k = keys[i];
                    PyObject v = values[i];
                    sb.append(Abstract.repr(k).value).append(": ").append(Abstract.repr(v).value);
                }
            }
            return sb.append('}').toString();
        } finally {
            Abstract.reprLeave(this);
        }
    }
}
