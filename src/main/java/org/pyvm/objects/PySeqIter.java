package org.pyvm.objects;

/** {@code iterator}: iterates an object that has only {@code __getitem__}, from 0 until IndexError. */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, t -> { }).notSubclassable();

    static {
        TYPE.iter = self -> self;
        TYPE.next = self -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) {
                return null;
            }
            try {
                return Abstract.getitem(it.seq, PyInt.of(it.index++));
            } catch (PyException e) {
                if (e.matches(PyBaseException.IndexError) || e.matches(PyBaseException.StopIteration)) {
                    it.seq = null;
                    return null;
                }
                throw e;
            }
        };
    }

    private PyObject seq;
    private long index;

    public PySeqIter(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }
}
