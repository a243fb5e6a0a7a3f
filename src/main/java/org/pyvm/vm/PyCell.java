package org.pyvm.vm;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyNotImplemented;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyType;

/** {@code cell}: a variable shared between a function and the functions nested in it. Empty when {@link #value} is null. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, PyCell::define).notSubclassable();

    static {
        TYPE.repr = self -> {
            PyObject v = ((PyCell) self).value;
            return PyStr.of(v == null ? "<cell at " + Abstract.address(self) + ": empty>"
                    : "<cell at " + Abstract.address(self) + ": " + v.type().name() + " object at "
                    + Abstract.address(v) + ">");
        };
        TYPE.richcompare = (v, w, op) -> {
            if (!(w instanceof PyCell b)) {
                return PyNotImplemented.NotImplemented;
            }
            PyObject x = ((PyCell) v).value;
            PyObject y = b.value;
            if (x == null || y == null) {
                boolean r = switch (op) {
                    case Abstract.EQ -> x == y;
                    case Abstract.NE -> x != y;
                    case Abstract.LT -> x == null && y != null;
                    case Abstract.LE -> x == null;
                    case Abstract.GT -> x != null && y == null;
                    default -> y == null;
                };
                return PyBool.of(r);
            }
            return Abstract.richCompare(x, y, op);
        };
    }

    /** The contents, or null when the cell is empty. */
    public PyObject value;

    public PyCell(PyObject value) {
        super(TYPE);
        this.value = value;
    }

    private static void define(PyType t) {
        t.define("cell_contents", new PyGetSetDescr(t, "cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) {
                throw PyException.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).value = v));
    }
}
