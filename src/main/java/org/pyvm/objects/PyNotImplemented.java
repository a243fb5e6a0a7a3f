package org.pyvm.objects;

/** {@code NotImplementedType}: {@link #NotImplemented}, what binary and comparison slots return to decline. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, t -> { })
            .notSubclassable();
    public static final PyNotImplemented NotImplemented = new PyNotImplemented();

    static {
        TYPE.repr = self -> PyStr.of("NotImplemented");
        TYPE.bool = self -> {
            throw PyException.typeError("NotImplemented should not be used in a boolean context");
        };
        TYPE.newSlot = (type, args, kw) -> {
            if (args.length > 0) {
                throw PyException.typeError("NotImplementedType takes no arguments");
            }
            return NotImplemented;
        };
    }

    private PyNotImplemented() {
        super(TYPE);
    }
}
