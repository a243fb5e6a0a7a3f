package org.pyvm.modules;

import org.pyvm.objects.*;

/** TEMPORARY minimal builtins for bringing up the VM (replaced by the full module). */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    public static PyModule create(PyModule sys) {
        PyModule b = new PyModule("builtins");
        for (PyType t : PyBaseException.ALL) {
            b.add(t.name(), t);
        }
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE,
                PySet.TYPE, PyFrozenSet.TYPE, PyBool.TYPE, PyType.OBJECT, PyType.TYPE, PyRange.TYPE, PyBytes.TYPE,
                PySlice.TYPE, PyComplex.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE}) {
            b.add(t.name(), t);
        }
        b.add("None", PyNone.None).add("True", PyBool.True).add("False", PyBool.False);
        b.function("print", 0, Integer.MAX_VALUE, (PyMethodDescr.Fn.Full) (self, args, kw) -> {
            int n = args.length - (kw == null ? 0 : kw.length);
            String sep = " ";
            String end = "\n";
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (kw[k].equals("sep")) sep = ((PyStr) args[n + k]).value;
                if (kw[k].equals("end")) end = ((PyStr) args[n + k]).value;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                if (k > 0) sb.append(sep);
                sb.append(Abstract.str(args[k]).value);
            }
            sb.append(end);
            Abstract.callMethod(sys.dict.getStr("stdout"), "write", PyStr.of(sb.toString()));
            return PyNone.None;
        });
        b.function("len", 1, 1, (PyMethodDescr.Fn.F1) (self, o) -> PyInt.of(Abstract.len(o)));
        b.function("repr", 1, 1, (PyMethodDescr.Fn.F1) (self, o) -> Abstract.repr(o));
        b.function("isinstance", 2, 2, (PyMethodDescr.Fn.F2) (self, o, t) -> PyBool.of(Abstract.isInstance(o, t)));
        b.function("issubclass", 2, 2, (PyMethodDescr.Fn.F2) (self, o, t) -> PyBool.of(Abstract.isSubclass(o, t)));
        b.function("next", 1, 1, (PyMethodDescr.Fn.F1) (self, o) -> Abstract.nextOrRaise(o));
        b.function("iter", 1, 1, (PyMethodDescr.Fn.F1) (self, o) -> Abstract.iter(o));
        return b;
    }
}
