package org.pyvm.objects;

import org.pyvm.bytecode.Operands;

/**
 * {@code typing.TypeAliasType}: the value of a {@code type X[T] = ...} statement, or of
 * {@code TypeAliasType(name, value, *, type_params=())}. The value of a {@code type} statement is a function
 * evaluated on the first access to {@code __value__} (an exception it raises propagates, and the next access tries
 * again). Read-only attributes {@code __name__}, {@code __value__}, {@code __type_params__},
 * {@code __parameters__}, {@code __module__}; repr is the name; a generic alias can be subscripted
 * ({@code ListOf[int]} is a {@code types.GenericAlias}); {@code |} makes a union.
 */
public final class PyTypeAliasType extends PyObject {
    public static final PyType TYPE = PyType.builtin("TypeAliasType", PyType.OBJECT, PyTypeAliasType::define)
            .inModule("typing").notSubclassable();

    static {
        TYPE.repr = self -> PyStr.of(((PyTypeAliasType) self).name);
        TYPE.nb[Operands.NB_OR] = PyUnionType::or;
        TYPE.getitem = (self, item) -> {
            PyTypeAliasType a = (PyTypeAliasType) self;
            if (a.typeParams.size() == 0) {
                throw PyException.typeError("Only generic type aliases are subscriptable");
            }
            return new PyGenericAlias(self, item);
        };
        TYPE.setattr = (self, name, v) -> {
            if (name.equals("__name__")) {
                throw PyException.attributeError("readonly attribute", self, name);
            }
            if (self.type.lookup(name) instanceof PyGetSetDescr) {
                throw PyException.attributeError("attribute '" + name + "' of 'typing.TypeAliasType' objects is "
                        + "not writable", self, name);
            }
            throw PyException.attributeError("'typing.TypeAliasType' object has no attribute '" + name + "'",
                    self, name);
        };
    }

    final String name;
    private final PyTypeVar.Lazy value;
    final PyTuple typeParams;
    private final PyObject module;

    /**
     * An alias; {@code typeParams} may be None (no parameters); {@code value} is the function computing the value
     * when {@code lazy}.
     */
    public PyTypeAliasType(String name, PyObject typeParams, PyObject value, boolean lazy, PyObject module) {
        super(TYPE);
        this.name = name;
        this.typeParams = typeParams instanceof PyTuple t ? t : PyTuple.EMPTY;
        this.value = new PyTypeVar.Lazy(value, lazy);
        this.module = module;
    }

    /** {@code TypeAliasType(name, value, *, type_params=())}. */
    public static PyTypeAliasType construct(PyObject[] args, String[] kwnames, PyObject module) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 2) {
            throw PyException.typeError("typealias() takes exactly 2 positional arguments (" + npos + " given)");
        }
        PyObject[] a = Abstract.parseArgs("typealias", args, kwnames, 2, new String[] {"name", "value",
            "type_params"});
        if (!(a[0] instanceof PyStr s)) {
            throw PyException.typeError("typealias() argument 'name' must be str, not " + a[0].type.name);
        }
        if (a[2] != null && !(a[2] instanceof PyTuple)) {
            throw PyException.typeError("type_params must be a tuple");
        }
        return new PyTypeAliasType(s.value, a[2], a[1], false, module);
    }

    private static void define(PyType t) {
        t.define("__name__", new PyGetSetDescr(t, "__name__", s -> PyStr.of(((PyTypeAliasType) s).name), null));
        t.define("__value__", new PyGetSetDescr(t, "__value__", s -> ((PyTypeAliasType) s).value.get(PyNone.None),
                null));
        t.define("__type_params__", new PyGetSetDescr(t, "__type_params__", s -> ((PyTypeAliasType) s).typeParams,
                null));
        t.define("__parameters__", new PyGetSetDescr(t, "__parameters__",
                s -> TypeParams.collect(((PyTypeAliasType) s).typeParams), null));
        t.define("__module__", new PyGetSetDescr(t, "__module__", s -> ((PyTypeAliasType) s).module, null));
    }
}
