package org.pyvm.modules;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyGeneric;
import org.pyvm.objects.PyGenericAlias;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyParamSpec;
import org.pyvm.objects.PySpecialForm;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyTypeAliasType;
import org.pyvm.objects.PyTypeVar;
import org.pyvm.objects.PyTypeVarTuple;
import org.pyvm.objects.PyUnionType;
import org.pyvm.vm.Frame;
import org.pyvm.vm.ThreadState;

/**
 * {@code typing}, partial on purpose: the part CPython writes in C ({@code TypeVar}, {@code ParamSpec},
 * {@code ParamSpecArgs}, {@code ParamSpecKwargs}, {@code TypeVarTuple}, {@code TypeAliasType}, {@code Generic})
 * plus {@code Union}, {@code Optional}, {@code Unpack}, {@code TYPE_CHECKING}, {@code get_origin} and
 * {@code get_args}. The rest of CPython's {@code typing.py} ({@code Any}, {@code Protocol}, {@code Callable},
 * {@code cast}, ...) is not here.
 */
public final class TypingModule {
    private TypingModule() {
    }

    static {
        PyTypeVar.TYPE.newSlot = (type, args, kw) -> PyTypeVar.construct(args, kw, callerModule());
        PyParamSpec.TYPE.newSlot = (type, args, kw) -> PyParamSpec.construct(args, kw, callerModule());
        PyTypeVarTuple.TYPE.newSlot = (type, args, kw) -> PyTypeVarTuple.construct(args, kw, callerModule());
        PyTypeAliasType.TYPE.newSlot = (type, args, kw) -> PyTypeAliasType.construct(args, kw, callerModule());
    }

    /**
     * Makes the type-variable types callable ({@code type(T)('U')} works even when {@code typing} was never
     * imported). Idempotent; the work is this class's initialization.
     */
    public static void installConstructors() {
    }

    /** The {@code __name__} of the module whose code is running (CPython's {@code caller()}). */
    public static PyObject callerModule() {
        Frame f = ThreadState.current().frame();
        PyObject m = f == null ? null : f.globals.getStr("__name__");
        return m == null ? PyNone.None : m;
    }

    public static PyModule create() {
        PyModule m = new PyModule("typing");
        m.add("__doc__", PyStr.of("The typing module, partial: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType "
                + "and Generic (what CPython implements in C), Union, Optional, Unpack, TYPE_CHECKING, get_origin "
                + "and get_args."));
        m.add("TypeVar", PyTypeVar.TYPE);
        m.add("ParamSpec", PyParamSpec.TYPE);
        m.add("ParamSpecArgs", PyParamSpec.Component.ARGS);
        m.add("ParamSpecKwargs", PyParamSpec.Component.KWARGS);
        m.add("TypeVarTuple", PyTypeVarTuple.TYPE);
        m.add("TypeAliasType", PyTypeAliasType.TYPE);
        m.add("Generic", PyGeneric.TYPE);
        m.add("Union", PySpecialForm.UNION);
        m.add("Optional", PySpecialForm.OPTIONAL);
        m.add("Unpack", PySpecialForm.UNPACK);
        m.add("TYPE_CHECKING", PyBool.False);
        m.function("get_origin", 1, 1, (org.pyvm.objects.PyMethodDescr.Fn.F1) (self, tp) -> {
            if (tp instanceof PyGenericAlias g) {
                return g.origin();
            }
            if (tp instanceof PyParamSpec.Component) {
                return Abstract.getattr(tp, "__origin__");
            }
            if (tp == PyGeneric.TYPE) {
                return tp;
            }
            if (tp instanceof PyUnionType) {
                return PyUnionType.TYPE;
            }
            return PyNone.None;
        });
        m.function("get_args", 1, 1, (org.pyvm.objects.PyMethodDescr.Fn.F1) (self, tp) -> {
            if (tp instanceof PyGenericAlias g) {
                return g.args();
            }
            if (tp instanceof PyUnionType u) {
                return u.args();
            }
            return PyTuple.EMPTY;
        });
        return m;
    }
}
