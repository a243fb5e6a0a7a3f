package org.pyvm.objects;

/** {@code ellipsis}: the single instance {@link #Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, t -> { }).notSubclassable();
    public static final PyEllipsis Ellipsis = new PyEllipsis();

    static {
        TYPE.repr = self -> PyStr.of("Ellipsis");
        TYPE.newSlot = (type, args, kw) -> {
            if (args.length > 0) {
                throw PyException.typeError("ellipsis takes no arguments");
            }
            return Ellipsis;
        };
    }

    private PyEllipsis() {
        super(TYPE);
    }
}
