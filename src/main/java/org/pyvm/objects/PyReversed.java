package org.pyvm.objects;

/**
 * {@code reversed(seq)}: {@code type(seq).__reversed__()} when defined, else iterates a sequence (one with
 * {@code __len__} and {@code __getitem__}, not a dict) from its last index down to 0.
 */
public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT, t -> { });

    static {
        TYPE.iter = self -> self;
        TYPE.next = PyReversed::next;
        TYPE.newSlot = (type, args, kw) -> {
            if (type == TYPE) {
                Abstract.checkNoKeywords("reversed", kw);
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 1) {
                throw PyException.typeError("reversed expected 1 argument, got " + npos);
            }
            PyObject seq = args[0];
            PyObject rev = seq.type.lookup("__reversed__");
            if (rev == PyNone.None) {
                throw notReversible(seq);
            }
            if (rev != null) {
                return Abstract.callBound(rev, seq, new PyObject[0], null);
            }
            if (seq.type.getitem == null || seq.type.len == null || seq instanceof PyDict) {
                throw notReversible(seq);
            }
            return new PyReversed(type, seq, Abstract.len(seq) - 1);
        };
        TYPE.init = (self, args, kw) -> { };
    }

    private static PyException notReversible(PyObject o) {
        return PyException.typeError("'" + o.type.name + "' object is not reversible");
    }

    private PyObject seq;
    private long index;
    private final PyDict dict;

    PyReversed(PyType type, PyObject seq, long last) {
        super(type);
        this.seq = seq;
        this.index = last;
        dict = type.instancesHaveDict ? new PyDict() : null;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    private static PyObject next(PyObject self) {
        PyReversed r = (PyReversed) self;
        if (r.seq == null || r.index < 0) {
            r.seq = null;
            return null;
        }
        try {
            return Abstract.getitem(r.seq, PyInt.of(r.index--));
        } catch (PyException e) {
            if (e.matches(PyBaseException.IndexError) || e.matches(PyBaseException.StopIteration)) {
                r.seq = null;
                return null;
            }
            throw e;
        }
    }
}
