package org.pyvm.objects;

/** {@code NoneType}: the single instance {@link #None}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, t -> { }).notSubclassable();
    public static final PyNone None = new PyNone();

    static {
        TYPE.repr = self -> PyStr.of("None");
        TYPE.bool = self -> false;
        TYPE.hash = self -> 0xFCA86420L;  // CPython 3.12: a constant
        TYPE.newSlot = (type, args, kw) -> {
            if (args.length > 0) {
                throw PyException.typeError("NoneType takes no arguments");
            }
            return None;
        };
    }

    private PyNone() {
        super(TYPE);
    }
}
