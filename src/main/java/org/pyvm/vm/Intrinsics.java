package org.pyvm.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.pyvm.bytecode.Operands;
import org.pyvm.modules.TypingModule;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyBuiltinFunction;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGeneric;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyParamSpec;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyTypeAliasType;
import org.pyvm.objects.PyTypeVar;
import org.pyvm.objects.PyTypeVarTuple;

/** CALL_INTRINSIC_1 and CALL_INTRINSIC_2 ({@link Operands#INTRINSICS_1}, {@link Operands#INTRINSICS_2}). */
final class Intrinsics {
    private Intrinsics() {
    }

    static PyObject call1(int which, PyObject v, Frame f) {
        switch (which) {
            case Operands.INTRINSIC_PRINT -> {
                if (v != PyNone.None) {
                    PyObject out = Runtime.sysAttr("stdout");
                    Abstract.callMethod(out, "write", Abstract.repr(v));
                    Abstract.callMethod(out, "write", PyStr.of("\n"));
                    f.builtins.setStr("_", v);
                }
                return PyNone.None;
            }
            case Operands.INTRINSIC_ASYNC_GEN_WRAP -> {
                return new PyGenerator.Wrapped(v);
            }
            case Operands.INTRINSIC_LIST_TO_TUPLE -> {
                return new PyTuple(((PyList) v).toArray());
            }
            case Operands.INTRINSIC_TYPEVAR -> {
                TypingModule.installConstructors();
                return PyTypeVar.pep695(name(v), null, null);
            }
            case Operands.INTRINSIC_PARAMSPEC -> {
                TypingModule.installConstructors();
                return PyParamSpec.pep695(name(v));
            }
            case Operands.INTRINSIC_TYPEVARTUPLE -> {
                TypingModule.installConstructors();
                return PyTypeVarTuple.pep695(name(v));
            }
            case Operands.INTRINSIC_SUBSCRIPT_GENERIC -> {
                return PyGeneric.subscriptGeneric(v);
            }
            case Operands.INTRINSIC_TYPEALIAS -> {
                TypingModule.installConstructors();
                PyTuple t = (PyTuple) v;  // (name, type_params or None, function computing the value)
                PyObject module = f.globals.getStr("__name__");
                return new PyTypeAliasType(name(t.get(0)), t.get(1), t.get(2), true,
                        module == null ? PyNone.None : module);
            }
            default -> throw PyException.systemError("unknown intrinsic " + which);
        }
    }

    private static String name(PyObject v) {
        return ((PyStr) v).value;
    }

    static PyObject call2(int which, PyObject a, PyObject b) {
        switch (which) {
            case Operands.INTRINSIC_PREP_RERAISE_STAR -> {
                return prepReraiseStar(a, (PyList) b);
            }
            case Operands.INTRINSIC_SET_FUNCTION_TYPE_PARAMS -> {
                ((PyFunction) b).typeParams = a;
                return b;
            }
            case Operands.INTRINSIC_TYPEVAR_WITH_BOUND -> {
                TypingModule.installConstructors();
                return PyTypeVar.pep695(name(a), b, null);
            }
            case Operands.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS -> {
                TypingModule.installConstructors();
                return PyTypeVar.pep695(name(a), null, b);
            }
            default -> throw PyException.systemError("unknown intrinsic " + which);
        }
    }

    /**
     * The exception an {@code except*} block re-raises: None when every part was handled; else the parts that
     * were re-raised unchanged (projected back onto the original group's shape) together with new exceptions.
     */
    private static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        List<PyBaseException> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (int k = 0; k < excs.size(); k++) {
            PyObject e = excs.get(k);
            if (e == PyNone.None) {
                continue;
            }
            PyBaseException be = (PyBaseException) e;
            if (sameMetadata(be, (PyBaseException) orig)) {
                reraised.add(be);
            } else {
                raised.add(be);
            }
        }
        if (raised.isEmpty() && reraised.isEmpty()) {
            return PyNone.None;
        }
        if (!orig.type().isSubtype(PyBaseException.BaseExceptionGroup)) {
            return raised.isEmpty() ? reraised.get(0) : raised.get(0);
        }
        PyObject projection = PyNone.None;
        if (!reraised.isEmpty()) {
            Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PyBaseException r : reraised) {
                collectLeaves(r, leaves);
            }
            PyBuiltinFunction pred = PyBuiltinFunction.function("_leaf_in_reraised", 1, 1,
                    (org.pyvm.objects.PyMethodDescr.Fn.F1) (self, x) -> PyBool.of(leaves.contains(x)));
            PyTuple split = (PyTuple) Abstract.callMethod(orig, "split", pred);
            projection = split.get(0);
        }
        if (raised.isEmpty()) {
            return projection;
        }
        List<PyObject> all = new ArrayList<>(raised);
        if (projection != PyNone.None) {
            all.add(projection);
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return Abstract.call(PyBaseException.ExceptionGroup, PyStr.EMPTY, new PyList(all));
    }

    private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
        return e.cause == orig.cause && e.context == orig.context && e.traceback == orig.traceback
                && e.dict().getStr("__notes__") == orig.dict().getStr("__notes__");
    }

    private static void collectLeaves(PyBaseException e, Set<PyObject> out) {
        if (e.type().isSubtype(PyBaseException.BaseExceptionGroup)) {
            PyTuple excs = (PyTuple) Abstract.getattr(e, "exceptions");
            for (int k = 0; k < excs.size(); k++) {
                collectLeaves((PyBaseException) excs.get(k), out);
            }
        } else {
            out.add(e);
        }
    }
}
