package org.pyvm.vm;

import java.util.ArrayList;
import java.util.List;

import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyDict;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;

/**
 * The "Did you mean" hints CPython 3.12 adds to NameError, AttributeError and ImportError displays: the closest
 * name by CPython's Levenshtein distance (moves cost 2, a case change 1; at most a third of the characters
 * changed), {@code self.x} for a name that is an attribute of the method's {@code self}, and "Did you forget to
 * import" for names of standard-library modules.
 */
final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The text to append to the exception's message, or "". */
    static String hint(PyBaseException exc) {
        try {
            return compute(exc);
        } catch (PyException e) {
            if (System.getenv("PYVM_DEBUG") != null) {
                System.err.println("pyvm: suggestion failed: " + e.getMessage());
            }
            return "";
        }
    }

    private static String compute(PyBaseException exc) {
        if (exc.type().isSubtype(PyBaseException.ImportError)) {
            PyObject nameFrom = Abstract.getattrOrNull(exc, "name_from");
            PyObject modName = Abstract.getattrOrNull(exc, "name");
            if (!(nameFrom instanceof PyStr wrong) || !(modName instanceof PyStr mn)) {
                return "";
            }
            PyObject mod = Runtime.modules == null ? null : Runtime.modules.getStr(mn.value);
            if (mod == null) {
                return "";
            }
            String s = closest(wrong.value, dir(mod));
            return s == null ? "" : ". Did you mean: '" + s + "'?";
        }
        boolean nameError = exc.type().isSubtype(PyBaseException.NameError);
        if (!nameError && !exc.type().isSubtype(PyBaseException.AttributeError)) {
            return "";
        }
        PyObject nameObj = Abstract.getattrOrNull(exc, "name");
        if (!(nameObj instanceof PyStr ns)) {
            return "";
        }
        String wrong = ns.value;
        String suggestion;
        if (!nameError) {
            PyObject obj = Abstract.getattrOrNull(exc, "obj");
            suggestion = obj == null ? null : closest(wrong, dir(obj));
        } else {
            suggestion = null;
            if (exc.traceback instanceof PyTraceback tb) {
                while (tb.next != null) {
                    tb = tb.next;
                }
                Frame f = tb.frame;
                PyObject locals = f.localsMapping();
                PyObject self = locals instanceof PyDict d ? d.getStr("self") : null;
                if (self != null && Abstract.getattrOrNull(self, wrong) != null) {
                    suggestion = "self." + wrong;
                } else {
                    List<String> names = new ArrayList<>();
                    addKeys(names, locals);
                    addKeys(names, f.globals);
                    addKeys(names, f.builtins);
                    suggestion = closest(wrong, names);
                }
            }
        }
        String out = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
        if (nameError && isStdlibModule(wrong)) {
            out += suggestion != null ? " Or did you forget to import '" + wrong + "'?"
                    : ". Did you forget to import '" + wrong + "'?";
        }
        return out;
    }

    private static void addKeys(List<String> out, PyObject mapping) {
        for (PyObject k : Abstract.toArray(mapping)) {
            if (k instanceof PyStr s) {
                out.add(s.value);
            }
        }
    }

    private static List<String> dir(PyObject o) {
        PyObject dirFn = Runtime.builtinsDict == null ? null : Runtime.builtinsDict.getStr("dir");
        List<String> names = new ArrayList<>();
        if (dirFn == null) {
            return names;
        }
        addKeys(names, Abstract.call(dirFn, o));
        return names;
    }

    private static boolean isStdlibModule(String name) {
        PyObject names = Runtime.sys == null ? null : Runtime.sys.dict.getStr("stdlib_module_names");
        return names != null && Abstract.contains(names, PyStr.of(name));
    }

    /** CPython's _compute_suggestion_error over the candidate names. */
    static String closest(String wrong, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATE_ITEMS || wrong.length() > MAX_STRING_SIZE) {
            return null;
        }
        int best = Integer.MAX_VALUE;  // the interpreter's display (suggestions.c) starts unbounded
        String suggestion = null;
        for (String possible : candidates) {
            if (possible.equals(wrong)) {
                continue;
            }
            int max = (possible.length() + wrong.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, best == Integer.MAX_VALUE ? Integer.MAX_VALUE : best - 1);
            int d = distance(wrong, possible, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = possible;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    /** CPython's levenshtein_distance with an early exit above maxCost. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length()
                && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return MOVE_COST * (a.length() + b.length());
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int k = 0; k < row.length; k++) {
            row[k] = MOVE_COST * (k + 1);
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length(); ai++) {
                int substitute = distance + substitutionCost(bc, a.charAt(ai));
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
