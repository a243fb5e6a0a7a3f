package org.pyvm.vm;

import java.util.HashSet;
import java.util.Set;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyBytes;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyFloat;
import org.pyvm.objects.PyFrozenSet;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyList;
import org.pyvm.objects.PyMappingProxy;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyRange;
import org.pyvm.objects.PySet;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyTuple;
import org.pyvm.objects.PyType;

/** The structural pattern-matching instructions (MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS). */
final class Matching {
    private Matching() {
    }

    /**
     * Python classes opt in through an ABC: a class on the MRO that is, inherits from or was registered with
     * collections.abc's Mapping/Sequence (the flags {@code abc} sets; the first class with any flag decides).
     */
    private static boolean hasAbc(PyType t, String name) {
        int flag = name.equals("Mapping") ? PyType.MAPPING_FLAG : PyType.SEQUENCE_FLAG;
        for (PyType m : t.mro()) {
            if (m.collectionFlags != 0) {
                return (m.collectionFlags & flag) != 0;
            }
            if (m.name().equals(name) && "collections.abc".equals(m.module())) {
                return true;
            }
        }
        return false;
    }

    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyMappingProxy || hasAbc(o.type(), "Mapping");
    }

    static boolean isSequence(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return false;
        }
        String n = o.type().name();
        if (n.equals("bytearray")) {
            return false;
        }
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || n.equals("memoryview")
                || n.equals("deque") || n.equals("array") || hasAbc(o.type(), "Sequence");
    }

    static PyObject matchKeys(PyObject subject, PyTuple keys) {
        int n = keys.size();
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getattr(subject, "get");
        PyObject dummy = new PyTuple(new PyObject[0]);
        PyObject[] values = new PyObject[n];
        Set<PyObject> seen = new HashSet<>();
        PyList seenList = new PyList();
        for (int k = 0; k < n; k++) {
            PyObject key = keys.get(k);
            if (Abstract.contains(seenList, key)) {
                throw PyException.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key).value + ")");
            }
            seenList.append(key);
            PyObject v = Abstract.call(get, key, dummy);
            if (v == dummy) {
                return PyNone.None;
            }
            values[k] = v;
        }
        return new PyTuple(values);
    }

    private static boolean matchesSelf(PyType t) {
        for (PyType b : new PyType[] {PyBool.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE,
                PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE}) {
            if (t.isSubtype(b)) {
                return true;
            }
        }
        return t.name().equals("bytearray") && !t.isHeapType;
    }

    static PyObject matchClass(PyObject subject, PyObject clsObj, PyTuple kwNames, int nargs) {
        if (!(clsObj instanceof PyType cls)) {
            throw PyException.typeError("called match pattern must be a class");
        }
        if (!Abstract.recursiveIsInstance(subject, cls)) {
            return PyNone.None;
        }
        int nkw = kwNames.size();
        PyObject[] attrs = new PyObject[nargs + nkw];
        Set<String> seen = new HashSet<>();
        boolean matchSelf = false;
        PyTuple matchArgs = null;
        if (nargs > 0) {
            PyObject ma = null;
            try {
                ma = Abstract.getattrOrNull(cls, "__match_args__");
            } catch (PyException e) {
                throw e;
            }
            if (ma != null) {
                if (!(ma instanceof PyTuple t)) {
                    throw PyException.typeError(cls.name() + ".__match_args__ must be a tuple (got "
                            + ma.type().name() + ")");
                }
                matchArgs = t;
            } else {
                matchSelf = matchesSelf(cls);
                matchArgs = PyTuple.EMPTY;
            }
            int allowed = matchSelf ? 1 : matchArgs.size();
            if (allowed < nargs) {
                throw PyException.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int k = 0; k < nargs; k++) {
                    PyObject name = matchArgs.get(k);
                    if (!(name instanceof PyStr ns)) {
                        throw PyException.typeError("__match_args__ elements must be strings (got "
                                + name.type().name() + ")");
                    }
                    PyObject v = attribute(subject, cls, ns.value, seen);
                    if (v == null) {
                        return PyNone.None;
                    }
                    attrs[k] = v;
                }
            }
        }
        for (int k = 0; k < nkw; k++) {
            String name = ((PyStr) kwNames.get(k)).value;
            PyObject v = attribute(subject, cls, name, seen);
            if (v == null) {
                return PyNone.None;
            }
            attrs[nargs + k] = v;
        }
        return new PyTuple(attrs);
    }

    private static PyObject attribute(PyObject subject, PyType cls, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw PyException.typeError(cls.name() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        try {
            return Abstract.getattrOrNull(subject, name);
        } catch (PyException e) {
            if (e.matches(PyBaseException.AttributeError)) {
                return null;
            }
            throw e;
        }
    }
}
