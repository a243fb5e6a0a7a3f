package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Instance layouts of Python classes: {@code __slots__} processing in {@code type.__new__} (member descriptors,
 * the {@code __dict__} decision, CPython's errors) and name mangling.
 */
final class Layouts {
    private Layouts() {
    }

    /** Builtin layouts that cannot take slot values ({@code nonempty __slots__ not supported ...}). */
    static boolean isVarSized(PyType solid) {
        return solid == PyInt.TYPE || solid == PyTuple.TYPE || solid == PyBytes.TYPE;
    }

    static void applySlots(PyType t, PyDict dict) {
        PyObject spec = dict.getStr("__slots__");
        boolean baseHasDict = false;
        for (PyType b : t.bases) {
            baseHasDict |= b.instancesHaveDict;
        }
        if (spec == null) {
            if (!baseHasDict) {
                t.instancesHaveDict = true;
                addDictDescriptor(t, dict);
            }
            return;
        }
        List<PyObject> names = new ArrayList<>();
        if (spec instanceof PyStr) {
            names.add(spec);
        } else {
            PyObject it = Abstract.iter(spec);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                names.add(x);
            }
        }
        boolean wantDict = false;
        List<String> slotNames = new ArrayList<>();
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw PyException.typeError("__slots__ items must be strings, not '" + n.type.name + "'");
            }
            if (!isIdentifier(s.value)) {
                throw PyException.typeError("__slots__ must be identifiers");
            }
            if (s.value.equals("__dict__")) {
                if (baseHasDict || wantDict) {
                    throw PyException.typeError("__dict__ slot disallowed: we already got one");
                }
                wantDict = true;
            } else if (!s.value.equals("__weakref__")) {
                String m = mangle(t.name, s.value);
                if (slotNames.contains(m)) {
                    throw PyException.typeError("duplicate slot name");  // CPython reports via the member dict
                }
                slotNames.add(m);
            }
        }
        if (!slotNames.isEmpty() && isVarSized(builtinLayout(t.solidBase))) {
            throw PyException.typeError("nonempty __slots__ not supported for subtype of '"
                    + builtinLayout(t.solidBase).name + "'");
        }
        for (String m : slotNames) {
            if (dict.getStr(m) != null) {
                throw PyException.valueError("'" + m + "' in __slots__ conflicts with class variable");
            }
        }
        for (String m : slotNames) {
            dict.setStr(m, new PyMemberDescr(t, m, t.slotCount++));
        }
        if (!slotNames.isEmpty()) {
            t.solidBase = t;
        }
        if (wantDict) {
            t.instancesHaveDict = true;
            addDictDescriptor(t, dict);
        } else {
            t.instancesHaveDict = baseHasDict;
        }
    }

    /** The nearest builtin type of a layout chain. */
    static PyType builtinLayout(PyType t) {
        while (t.isHeapType) {
            t = t.base;
        }
        return t;
    }

    private static void addDictDescriptor(PyType t, PyDict dict) {
        if (dict.getStr("__dict__") == null) {
            dict.setStr("__dict__", new PyGetSetDescr(t, "__dict__", self -> {
                PyDict d = self.dict();
                return d == null ? PyNone.None : d;
            }, (self, v) -> {
                if (v == null) {
                    throw PyException.typeError("cannot delete __dict__");
                }
                if (!(v instanceof PyDict d)) {
                    throw PyException.typeError("__dict__ must be set to a dictionary, not a '" + v.type.name + "'");
                }
                if (self instanceof PyInstance inst) {
                    inst.setDict(d);
                } else {
                    throw PyException.typeError("this __dict__ cannot be replaced");
                }
            }));
        }
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int cp0 = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(cp0) || cp0 == '_')) {
            return false;
        }
        for (int i = Character.charCount(cp0); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Private name mangling: {@code __x} in class {@code _C} becomes {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }
}
