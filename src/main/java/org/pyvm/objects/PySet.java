package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/**
 * {@code set}, and through {@link PyFrozenSet} the table of {@code frozenset}: CPython's set table replicated
 * exactly (hash slots with 9-step linear probing, then perturbation; resize to 4x used when 3/5 full), so the
 * iteration order — which {@code print} shows — is CPython's for values whose hash is the same as CPython's
 * (ints, floats, tuples of them, None, bools). Strings hash differently (CPython randomizes them anyway).
 *
 * <p>Java note: PyFrozenSet extends PySet only to share the table; the Python types are unrelated, so code
 * must test {@code type}, not {@code instanceof}, when it matters.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, PySetMethods::define);

    private static final PyObject DUMMY = new PyInstance(PyType.OBJECT);
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;

    static {
        PyType t = TYPE;
        installCommon(t);
        t.hash = Slots.HASH_NOT_IMPLEMENTED;
        t.newSlot = (type, args, kw) -> type == TYPE ? new PySet() : new Derived(type);
        t.init = (self, args, kw) -> {
            Abstract.checkNoKeywords("set", kw);
            if (args.length > 1) {
                throw PyException.typeError("set expected at most 1 argument, got " + args.length);
            }
            PySet s = (PySet) self;
            s.clear();
            if (args.length == 1) {
                s.update(args[0]);
            }
        };
        t.nbInplace[Operands.NB_OR] = (v, w) -> {
            if (!(w instanceof PySet ws)) {
                return PyNotImplemented.NotImplemented;
            }
            ((PySet) v).update(ws);
            return v;
        };
        t.nbInplace[Operands.NB_AND] = (v, w) -> {
            if (!(w instanceof PySet ws)) {
                return PyNotImplemented.NotImplemented;
            }
            PySet r = ((PySet) v).intersection(ws, TYPE);
            ((PySet) v).replaceWith(r);
            return v;
        };
        t.nbInplace[Operands.NB_SUBTRACT] = (v, w) -> {
            if (!(w instanceof PySet ws)) {
                return PyNotImplemented.NotImplemented;
            }
            ((PySet) v).differenceUpdate(ws);
            return v;
        };
        t.nbInplace[Operands.NB_XOR] = (v, w) -> {
            if (!(w instanceof PySet ws)) {
                return PyNotImplemented.NotImplemented;
            }
            ((PySet) v).symmetricDifferenceUpdate(ws);
            return v;
        };
    }

    static void installCommon(PyType t) {
        t.repr = self -> PyStr.of(((PySet) self).reprString());
        t.len = self -> ((PySet) self).used;
        t.contains = (self, x) -> ((PySet) self).containsKey(keyForLookup(x));
        t.iter = self -> new SetIter((PySet) self);
        t.richcompare = PySet::richCompare;
        t.nb[Operands.NB_OR] = (v, w) -> v instanceof PySet a && w instanceof PySet b ? a.union(b)
                : PyNotImplemented.NotImplemented;
        t.nb[Operands.NB_AND] = (v, w) -> v instanceof PySet a && w instanceof PySet b ? a.intersection(b, a.type)
                : PyNotImplemented.NotImplemented;
        t.nb[Operands.NB_SUBTRACT] = (v, w) -> v instanceof PySet a && w instanceof PySet b ? a.difference(b)
                : PyNotImplemented.NotImplemented;
        t.nb[Operands.NB_XOR] = (v, w) -> {
            if (v instanceof PySet a && w instanceof PySet b) {
                PySet r = a.copyAs(a.resultType());
                r.symmetricDifferenceUpdate(b);
                return r;
            }
            return PyNotImplemented.NotImplemented;
        };
    }

    // table
    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;

    public PySet() {
        super(TYPE);
    }

    PySet(PyType type) {
        super(type);
    }

    /** A Python subclass of set. */
    public static final class Derived extends PySet {
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

    /** A set used as a key is looked up as the equal frozenset (CPython's {@code set_contains} retry). */
    static PyObject keyForLookup(PyObject x) {
        if (x.type == TYPE || x instanceof PySet && !(x instanceof PyFrozenSet)) {
            return PyFrozenSet.from(x);
        }
        return x;
    }

    PyType resultType() {
        return type.isSubtype(PyFrozenSet.TYPE) ? PyFrozenSet.TYPE : TYPE;
    }

    // ------------------------------------------------------------------ table operations (CPython's setobject.c)

    private int findSlot(PyObject key, long hash) {
        PyObject[] table = keys;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    return -1;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || Abstract.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    final boolean containsKey(PyObject key) {
        return findSlot(key, Abstract.hash(key)) >= 0;
    }

    /** {@code set.add(key)}. */
    public final void add(PyObject key) {
        addEntry(key, Abstract.hash(key));
    }

    final void addEntry(PyObject key, long hash) {
        PyObject[] table = keys;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        j = freeslot;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && (k == key || Abstract.eq(k, key))) {
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes key; false if absent. */
    public final boolean discard(PyObject key) {
        int j = findSlot(key, Abstract.hash(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public final void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set.update(iterable)}. */
    public final void update(PyObject iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict d && d.type == PyDict.TYPE) {
            for (PyObject k : d.keysArray()) {
                add(k);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            add(x);
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask) {
            for (int i = 0; i <= mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) {
                    keys[i] = k;
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    final PySet copyAs(PyType t) {
        PySet r = t == PyFrozenSet.TYPE ? new PyFrozenSet() : new PySet();
        r.merge(this);
        return r;
    }

    final void replaceWith(PySet r) {
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
    }

    final PySet union(PySet other) {
        PySet r = copyAs(resultType());
        r.merge(other);
        return r;
    }

    final PySet intersection(PySet other, PyType t) {
        PySet a = this;
        PySet b = other;
        if (a.used > b.used) {
            PySet tmp = a;
            a = b;
            b = tmp;
        }
        PySet r = t.isSubtype(PyFrozenSet.TYPE) ? new PyFrozenSet() : new PySet();
        for (int i = 0; i <= a.mask; i++) {
            PyObject k = a.keys[i];
            if (k != null && k != DUMMY && b.findSlot(k, a.hashes[i]) >= 0) {
                r.addEntry(k, a.hashes[i]);
            }
        }
        return r;
    }

    final PySet difference(PySet other) {
        PySet r = resultType() == PyFrozenSet.TYPE ? new PyFrozenSet() : new PySet();
        for (int i = 0; i <= mask; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY && other.findSlot(k, hashes[i]) < 0) {
                r.addEntry(k, hashes[i]);
            }
        }
        return r;
    }

    final void differenceUpdate(PySet other) {
        if (other == this) {
            clear();
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                int j = findSlot(k, other.hashes[i]);
                if (j >= 0) {
                    keys[j] = DUMMY;
                    hashes[j] = -1;
                    used--;
                }
            }
        }
    }

    final void symmetricDifferenceUpdate(PySet other) {
        if (other == this) {
            clear();
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                int j = findSlot(k, other.hashes[i]);
                if (j >= 0) {
                    keys[j] = DUMMY;
                    hashes[j] = -1;
                    used--;
                } else {
                    addEntry(k, other.hashes[i]);
                }
            }
        }
    }

    final boolean isSubsetOf(PySet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY && other.findSlot(k, hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static PyObject richCompare(PyObject v, PyObject w, int op) {
        if (!(w instanceof PySet b)) {
            return PyNotImplemented.NotImplemented;
        }
        PySet a = (PySet) v;
        return PyBool.of(switch (op) {
            case Abstract.EQ -> a.used == b.used && a.isSubsetOf(b);
            case Abstract.NE -> !(a.used == b.used && a.isSubsetOf(b));
            case Abstract.LE -> a.isSubsetOf(b);
            case Abstract.GE -> b.isSubsetOf(a);
            case Abstract.LT -> a.used < b.used && a.isSubsetOf(b);
            default -> a.used > b.used && b.isSubsetOf(a);
        });
    }

    /** The elements in table order. */
    public final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (int i = 0; i <= mask && j < used; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                out[j++] = k;
            }
        }
        return out;
    }

    final String reprString() {
        boolean frozen = type.isSubtype(PyFrozenSet.TYPE);
        String name = type.name;
        if (used == 0) {
            return name + "()";
        }
        if (!Abstract.reprEnter(this)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = type == TYPE;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            PyObject[] items = toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value);
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            assert frozen || !frozen;
            return sb.toString();
        } finally {
            Abstract.reprLeave(this);
        }
    }

    /** {@code set_iterator}: table order; "Set changed size during iteration". */
    static final class SetIter extends PyObject {
        static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, t -> { }).notSubclassable();

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((SetIter) self).next();
            TYPE.len = self -> {
                SetIter it = (SetIter) self;
                return it.set == null ? 0 : it.set.used - it.seen;
            };
        }

        private PySet set;
        private final int startUsed;
        private int pos;
        private int seen;

        SetIter(PySet s) {
            super(TYPE);
            this.set = s;
            this.startUsed = s.used;
        }

        PyObject next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != startUsed) {
                set = null;
                throw PyException.runtimeError("Set changed size during iteration");
            }
            PyObject[] keys = s.keys;
            while (pos <= s.mask) {
                PyObject k = keys[pos++];
                if (k != null && k != DUMMY) {
                    seen++;
                    return k;
                }
            }
            set = null;
            return null;
        }
    }
}
