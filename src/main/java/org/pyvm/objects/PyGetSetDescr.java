package org.pyvm.objects;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type ({@code int.real}, {@code type.__name__},
 * {@code BaseException.args}). A data descriptor: with no setter, assignment raises CPython's "not writable" error.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, t -> { })
            .notSubclassable();

    static {
        TYPE.descrGet = (d, obj, type) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            if (obj == null) {
                return g;
            }
            g.check(obj);
            return g.getter.get(obj);
        };
        TYPE.descrSet = (d, obj, value) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            g.check(obj);
            if (g.setter == null) {
                throw PyException.attributeError("attribute '" + g.name + "' of '" + g.owner.name
                        + "' objects is not writable", obj, g.name);
            }
            g.setter.set(obj, value);
        };
        TYPE.repr = self -> PyStr.of("<attribute '" + ((PyGetSetDescr) self).name + "' of '"
                + ((PyGetSetDescr) self).owner.name + "' objects>");
    }

    public interface Getter {
        PyObject get(PyObject self);
    }

    /** value == null: delete. */
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    final PyType owner;
    final String name;
    final Getter getter;
    final Setter setter;

    public PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    private void check(PyObject obj) {
        if (obj.type != owner && !obj.type.isSubtype(owner)) {
            throw PyException.typeError("descriptor '" + name + "' for '" + owner.name
                    + "' objects doesn't apply to a '" + obj.type.name + "' object");
        }
    }
}
