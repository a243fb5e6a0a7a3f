package org.pyvm.objects;

/**
 * An instance of {@code object} or of a Python class whose instance layout is {@code object}'s: an optional
 * instance dict (absent when {@code __slots__} leaves it out) and the {@code __slots__} values.
 */
public class PyInstance extends PyObject {
    PyDict dict;
    final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        if (type != null && type.instancesHaveDict) {
            dict = new PyDict();
        }
        slots = type == null || type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code obj.__dict__ = d}. */
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }
}
