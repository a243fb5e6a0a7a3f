package org.pyvm.objects;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization ({@code type.mro()}), with CPython's errors for duplicate bases and inconsistent orders. */
final class Mro {
    private Mro() {
    }

    /** The MRO of a class {@code t} with the given bases: t, then the C3 merge of the bases' MROs and the bases. */
    static PyType[] c3(PyType t, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyException.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        if (bases.length == 1) {
            PyType[] m = bases[0].mro;
            PyType[] out = new PyType[m.length + 1];
            out[0] = t;
            System.arraycopy(m, 0, out, 1, m.length);
            return out;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            boolean empty = true;
            PyType next = null;
            for (List<PyType> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                empty = false;
                PyType head = s.get(0);
                if (!inTail(seqs, head)) {
                    next = head;
                    break;
                }
            }
            if (empty) {
                return out.toArray(new PyType[0]);
            }
            if (next == null) {
                throw inconsistent(seqs);
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType c) {
        for (List<PyType> s : seqs) {
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** CPython's {@code set_mro_error}: names the heads still waiting, each once, in order. */
    private static PyException inconsistent(List<List<PyType>> seqs) {
        List<PyType> heads = new ArrayList<>();
        for (int i = 0; i < seqs.size() - 1; i++) {
            List<PyType> s = seqs.get(i);
            if (!s.isEmpty() && !heads.contains(s.get(0))) {
                heads.add(s.get(0));
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        for (int i = 0; i < heads.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(heads.get(i).name);
        }
        return PyException.typeError(sb.toString());
    }
}
