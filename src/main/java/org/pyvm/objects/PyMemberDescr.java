package org.pyvm.objects;

/**
 * {@code member_descriptor}: one {@code __slots__} entry of a Python class, reading and writing
 * {@code obj.slotValues()[index]}. An empty slot reads as AttributeError, as CPython.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, t -> {
        t.define("__name__", new PyGetSetDescr(t, "__name__", self -> PyStr.of(((PyMemberDescr) self).name), null));
        t.define("__qualname__", new PyGetSetDescr(t, "__qualname__",
                self -> PyStr.of(((PyMemberDescr) self).owner.qualname + "." + ((PyMemberDescr) self).name), null));
        t.define("__objclass__", new PyGetSetDescr(t, "__objclass__", self -> ((PyMemberDescr) self).owner, null));
    })
            .notSubclassable();

    static {
        TYPE.descrGet = (d, obj, type) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            if (obj == null) {
                return m;
            }
            m.check(obj);
            PyObject v = obj.slotValues()[m.index];
            if (v == null) {
                throw PyException.attributeError("'" + obj.type.name + "' object has no attribute '" + m.name + "'",
                        obj, m.name);
            }
            return v;
        };
        TYPE.descrSet = (d, obj, value) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            m.check(obj);
            PyObject[] slots = obj.slotValues();
            if (value == null && slots[m.index] == null) {
                throw PyException.attributeError(m.name, obj, m.name);
            }
            slots[m.index] = value;
        };
        TYPE.repr = self -> PyStr.of("<member '" + ((PyMemberDescr) self).name + "' of '"
                + ((PyMemberDescr) self).owner.name + "' objects>");
    }

    final PyType owner;
    final String name;
    final int index;

    public PyMemberDescr(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    private void check(PyObject obj) {
        if (!obj.type.isSubtype(owner) || obj.slotValues() == null) {
            throw PyException.typeError("descriptor '" + name + "' for '" + owner.name
                    + "' objects doesn't apply to a '" + obj.type.name + "' object");
        }
    }
}
