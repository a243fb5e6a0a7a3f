package org.pyvm.modules;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyModule;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyType;

/**
 * {@code _abc}: the one thing {@code abc.py} cannot do in Python, marking a class as a sequence or a mapping for
 * {@code match} (CPython's {@code Py_TPFLAGS_SEQUENCE}/{@code MAPPING}, set when collections.abc's Sequence or
 * Mapping is made or registers a class). The rest of {@code abc} is written in Python.
 */
public final class AbcModule {
    private AbcModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_abc");
        m.function("_set_collection_flags", 2, 2, (PyMethodDescr.Fn.F2) (self, cls, flags) -> {
            if (!(cls instanceof PyType t)) {
                throw PyException.typeError("_set_collection_flags() argument 1 must be a type");
            }
            int f = (int) Abstract.asLong(flags) & (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG);
            if (t.isHeapType && t.collectionFlags == 0) {
                t.collectionFlags = f;
            }
            return PyNone.None;
        });
        return m;
    }
}
