package org.pyvm.objects;

/**
 * The type slots: the functional interfaces a {@link PyType} holds for each protocol, as CPython's {@code tp_*}
 * and {@code nb_*} fields. A builtin type fills its slots with Java code; a Python class gets, for each protocol
 * whose dunder it (or a Python base) defines, the generic slot of {@link SlotDefs} that looks the dunder up and
 * calls it, and otherwise inherits the slot of the builtin base that defines it.
 *
 * <p>Conventions shared by every slot:
 * <ul>
 * <li>Binary operator slots and rich comparison return {@link PyNotImplemented#NotImplemented} when they do not
 * handle the operand types (the caller then tries the reflected form).</li>
 * <li>{@code valueOrNull == null} in a set-style slot means delete.</li>
 * <li>Calls pass {@code args} = positional arguments followed by keyword argument values; {@code kwnames} (null
 * when there are none) names the last {@code kwnames.length} entries of {@code args} (CPython's vectorcall).</li>
 * <li>{@link Unary} {@code next} returns null when the iterator is exhausted, without raising.</li>
 * <li>{@link GetAttr} returns null for "no such attribute" (the caller raises the standard AttributeError), or
 * throws an AttributeError with its own message.</li>
 * </ul>
 */
public final class Slots {
    private Slots() {
    }

    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject v, PyObject w);
    }

    @FunctionalInterface
    public interface Ternary {
        PyObject apply(PyObject v, PyObject w, PyObject z);
    }

    @FunctionalInterface
    public interface Predicate {
        boolean test(PyObject self);
    }

    @FunctionalInterface
    public interface Length {
        long length(PyObject self);
    }

    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    @FunctionalInterface
    public interface RichCompare {
        PyObject compare(PyObject v, PyObject w, int op);
    }

    @FunctionalInterface
    public interface GetAttr {
        PyObject getattr(PyObject self, String name);
    }

    @FunctionalInterface
    public interface SetAttr {
        void setattr(PyObject self, String name, PyObject valueOrNull);
    }

    /** {@code __get__}: obj is null when the attribute is looked up on the class. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyType type);
    }

    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject valueOrNull);
    }

    @FunctionalInterface
    public interface SetItem {
        void setitem(PyObject self, PyObject key, PyObject valueOrNull);
    }

    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    public interface New {
        PyObject make(PyType type, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, String[] kwnames);
    }

    /** The "unhashable" hash slot (CPython's {@code PyObject_HashNotImplemented}); compare by identity. */
    public static final Hash HASH_NOT_IMPLEMENTED = self -> {
        throw PyException.typeError("unhashable type: '" + self.type.name + "'");
    };
}
