package org.pyvm.objects;

/**
 * Every Python value. The only state every object has is its type ({@code ob_type}); behaviour comes from the
 * type's slots ({@link PyType}), never from virtual methods here, so a Python subclass that overrides a dunder
 * changes behaviour for its instances only through its type.
 *
 * <p>Invariants: {@link #type} is never null after construction; it changes only through {@code __class__}
 * assignment between types of the same layout ({@link PyType#checkClassAssignment}).
 */
public abstract class PyObject {
    /** The object's Python type ({@code type(self)}). Read it directly on hot paths. */
    PyType type;

    protected PyObject(PyType type) {
        this.type = type;
    }

    /** {@code type(self)}. */
    public final PyType type() {
        return type;
    }

    /**
     * The instance dictionary ({@code self.__dict__}) or null if instances of this layout have none. Overridden
     * by layouts that carry a dict: instances of Python classes, subclasses of builtin types, modules, functions.
     */
    public PyDict dict() {
        return null;
    }

    /** The {@code __slots__} storage, or null when the layout has none ({@link PyMemberDescr} indexes it). */
    public PyObject[] slotValues() {
        return null;
    }

    /** For debuggers and Java-side messages only: Python's {@code repr}. */
    @Override
    public String toString() {
        return Abstract.repr(this).value;
    }
}
