package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/** {@code bool}: the two instances {@link #True} and {@link #False}, ints 1 and 0 with their own repr and bit ops. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtinSameLayout("bool", PyInt.TYPE, t -> { }).notSubclassable();
    public static final PyBool True = new PyBool(1);
    public static final PyBool False = new PyBool(0);

    static {
        TYPE.repr = self -> PyStr.of(self == True ? "True" : "False");
        TYPE.nb[Operands.NB_AND] = (v, w) -> v instanceof PyBool && w instanceof PyBool ? of(v == True && w == True)
                : PyInt.TYPE.nb[Operands.NB_AND].apply(v, w);
        TYPE.nb[Operands.NB_OR] = (v, w) -> v instanceof PyBool && w instanceof PyBool ? of(v == True || w == True)
                : PyInt.TYPE.nb[Operands.NB_OR].apply(v, w);
        TYPE.nb[Operands.NB_XOR] = (v, w) -> v instanceof PyBool && w instanceof PyBool ? of(v != w)
                : PyInt.TYPE.nb[Operands.NB_XOR].apply(v, w);
        TYPE.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("bool", kw);
            if (args.length > 1) {
                throw PyException.typeError("bool expected at most 1 argument, got " + args.length);
            }
            return of(args.length == 1 && Abstract.isTrue(args[0]));
        };
    }

    private PyBool(int v) {
        super(TYPE, v, null);
    }

    public static PyBool of(boolean b) {
        return b ? True : False;
    }
}
