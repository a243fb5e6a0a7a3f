package org.pyvm.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The methods {@code bytes} and {@code bytearray} share ({@code split}, {@code find}, {@code hex}, {@code decode},
 * the ASCII case and class predicates, ...), and the bytes-like argument protocol. Bodies work on the bytes as a
 * Latin-1 string (one char per byte), so searching and slicing are Java's string operations. A method of a
 * bytearray returns bytearrays where the bytes method returns bytes.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    static final String L1 = "latin-1";

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. Never modify the result. */
    static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.toByteArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toByteArray();
        }
        return null;
    }

    /** A bytes-like argument ("a bytes-like object is required, not 'str'"). */
    static byte[] arg(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw PyException.typeError("a bytes-like object is required, not '" + o.type.name + "'");
        }
        return b;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String s(PyObject self) {
        return latin1(bytesOrNull(self));
    }

    private static String sarg(PyObject o) {
        return latin1(arg(o));
    }

    /** A result of the receiver's kind: bytearray for a bytearray, else bytes. */
    private static PyObject make(PyObject self, String latin1) {
        return self instanceof PyByteArray ? new PyByteArray(bytes(latin1)) : new PyBytes(bytes(latin1));
    }

    /** A result equal to the receiver: the receiver itself for exact bytes, else a copy. */
    private static PyObject same(PyObject self) {
        return self.type == PyBytes.TYPE ? self : make(self, s(self));
    }

    /** A find-style needle: an int 0..255 or a bytes-like object. */
    private static String needle(PyObject o) {
        if (o instanceof PyInt || (o.type.index != null && bytesOrNull(o) == null)) {
            long c = Abstract.asLong(o);
            if (c < 0 || c > 255) {
                throw PyException.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) c);
        }
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw PyException.typeError("argument should be integer or bytes-like object, not '" + o.type.name + "'");
        }
        return latin1(b);
    }

    private static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        if (!(o instanceof PyInt) && o.type.index == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedIndex(o);
    }

    /** [start, end) of optional slice bounds over length n, or null when start is past the end or the end. */
    private static int[] range(int n, PyObject start, PyObject end) {
        long st = sliceIndex(start, 0);
        long en = sliceIndex(end, n);
        if (st < 0) {
            st = Math.max(0, st + n);
        }
        if (en < 0) {
            en = Math.max(0, en + n);
        }
        en = Math.min(en, n);
        if (st > n || en < st) {
            return null;
        }
        return new int[] {(int) st, (int) en};
    }

    static int find(String s, PyObject[] a, boolean reverse) {
        String sub = needle(a[0]);
        int[] r = range(s.length(), a[1], a[2]);
        if (r == null || r[1] - r[0] < sub.length()) {
            return -1;
        }
        int idx = reverse ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        if (idx < r[0] || idx + sub.length() > r[1]) {
            return -1;
        }
        return idx;
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(char c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char upper(char c) {
        return isLower(c) ? (char) (c - 32) : c;
    }

    private static char lower(char c) {
        return isUpper(c) ? (char) (c + 32) : c;
    }

    private interface CharPred {
        boolean test(char c);
    }

    private static PyMethodDescr pred(PyType t, String name, CharPred p) {
        return PyMethodDescr.of(t, name, self -> {
            String s = s(self);
            if (s.isEmpty()) {
                return PyBool.False;
            }
            for (int i = 0; i < s.length(); i++) {
                if (!p.test(s.charAt(i))) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
    }

    private interface CharMap {
        char map(char c);
    }

    private static PyMethodDescr mapped(PyType t, String name, CharMap m) {
        return PyMethodDescr.of(t, name, self -> {
            char[] cs = s(self).toCharArray();
            for (int i = 0; i < cs.length; i++) {
                cs[i] = m.map(cs[i]);
            }
            return make(self, new String(cs));
        });
    }

    /** A str argument ("encode() argument 'encoding' must be str, not int"). */
    static String strArg(PyObject o, String fn, String param) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyException.typeError(fn + "() argument '" + param + "' must be str, not "
                + (o == PyNone.None ? "None" : o.type.name));
    }

    /** Defines the shared methods on {@code bytes} or {@code bytearray}. */
    static void define(PyType t) {
        t.define("count", PyMethodDescr.of(t, "count", 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
            String s = s(self);
            String sub = needle(a[0]);
            int[] r = range(s.length(), a[1], a[2]);
            if (r == null) {
                return PyInt.of(0);
            }
            if (sub.isEmpty()) {
                return PyInt.of(r[1] - r[0] + 1);
            }
            int c = 0;
            int i = s.indexOf(sub, r[0]);
            while (i >= 0 && i + sub.length() <= r[1]) {
                c++;
                i = s.indexOf(sub, i + sub.length());
            }
            return PyInt.of(c);
        }));
        t.define("find", PyMethodDescr.of(t, "find", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                PyInt.of(find(s(self), a, false))));
        t.define("rfind", PyMethodDescr.of(t, "rfind", 1, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                PyInt.of(find(s(self), a, true))));
        for (String name : new String[] {"index", "rindex"}) {
            t.define(name, PyMethodDescr.of(t, name, 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
                int r = find(s(self), a, name.equals("rindex"));
                if (r < 0) {
                    throw PyException.valueError("subsection not found");
                }
                return PyInt.of(r);
            }));
        }
        for (String name : new String[] {"startswith", "endswith"}) {
            t.define(name, PyMethodDescr.of(t, name, 1, 3, (PyMethodDescr.Fn.FA) (self, a) -> {
                String s = s(self);
                PyObject[] cands;
                if (a[0] instanceof PyTuple tu) {
                    cands = tu.toArray();
                } else if (bytesOrNull(a[0]) != null) {
                    cands = new PyObject[] {a[0]};
                } else {
                    throw PyException.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                            + a[0].type.name);
                }
                int[] r = range(s.length(), a[1], a[2]);
                for (PyObject c : cands) {
                    String x = sarg(c);
                    if (r != null) {
                        String hay = s.substring(r[0], r[1]);
                        if (name.equals("startswith") ? hay.startsWith(x) : hay.endsWith(x)) {
                            return PyBool.True;
                        }
                    }
                }
                return PyBool.False;
            }));
        }
        t.define("split", PyMethodDescr.withKeywords(t, "split", 0, 0, new String[] {"sep", "maxsplit"},
                (self, a) -> split(self, a[0], a[1] == null ? -1 : Abstract.asLong(a[1]), false)));
        t.define("rsplit", PyMethodDescr.withKeywords(t, "rsplit", 0, 0, new String[] {"sep", "maxsplit"},
                (self, a) -> split(self, a[0], a[1] == null ? -1 : Abstract.asLong(a[1]), true)));
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            t.define(name, PyMethodDescr.of(t, name, 0, 1, (PyMethodDescr.Fn.F1) (self, c) -> {
                String s = s(self);
                String chars = c == null || c == PyNone.None ? null : sarg(c);
                int i = 0;
                int j = s.length();
                while (left && i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                while (right && j > i && (chars == null ? isSpace(s.charAt(j - 1))
                        : chars.indexOf(s.charAt(j - 1)) >= 0)) {
                    j--;
                }
                return i == 0 && j == s.length() ? same(self) : make(self, s.substring(i, j));
            }));
        }
        t.define("replace", PyMethodDescr.of(t, "replace", 2, 3, (PyMethodDescr.Fn.FA) (self, a) ->
                make(self, PyStrMethods.replace(s(self), sarg(a[0]), sarg(a[1]), a[2] == null ? -1
                        : Abstract.asLong(a[2])).value)));
        t.define("join", PyMethodDescr.of(t, "join", (self, it) -> {
            if (it.type.iter == null && it.type.getitem == null) {
                throw PyException.typeError("can only join an iterable");
            }
            PyObject[] items = Abstract.toArray(it);
            String sep = s(self);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                byte[] b = bytesOrNull(items[i]);
                if (b == null) {
                    throw PyException.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + items[i].type.name + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(latin1(b));
            }
            return make(self, sb.toString());
        }));
        t.define("partition", PyMethodDescr.of(t, "partition", (self, sep) -> partition(self, sep, false)));
        t.define("rpartition", PyMethodDescr.of(t, "rpartition", (self, sep) -> partition(self, sep, true)));
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            t.define(name, PyMethodDescr.of(t, name, 1, 2, (PyMethodDescr.Fn.FA) (self, a) -> {
                long width = Abstract.asLong(a[0]);
                char fill = ' ';
                if (a[1] != null) {
                    byte[] f = a[1] instanceof PyBytes || a[1] instanceof PyByteArray ? bytesOrNull(a[1]) : null;
                    if (f == null || f.length != 1) {
                        throw PyException.typeError(name + "() argument 2 must be a byte string of length 1, not "
                                + a[1].type.name);
                    }
                    fill = (char) (f[0] & 0xff);
                }
                String s = s(self);
                if (width <= s.length()) {
                    return same(self);
                }
                int total = (int) (width - s.length());
                int left = switch (name) {
                    case "ljust" -> 0;
                    case "rjust" -> total;
                    default -> total / 2 + (total & (int) width & 1);
                };
                String f = String.valueOf(fill);
                return make(self, f.repeat(left) + s + f.repeat(total - left));
            }));
        }
        t.define("zfill", PyMethodDescr.of(t, "zfill", (self, w) -> {
            long width = Abstract.asLong(w);
            String s = s(self);
            if (width <= s.length()) {
                return same(self);
            }
            String sign = "";
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                sign = s.substring(0, 1);
                s = s.substring(1);
            }
            return make(self, sign + "0".repeat((int) (width - s.length() - sign.length())) + s);
        }));
        t.define("expandtabs", PyMethodDescr.withKeywords(t, "expandtabs", 0, 0, new String[] {"tabsize"},
                (self, a) -> {
                    long ts = a[0] == null ? 8 : Abstract.asLong(a[0]);
                    StringBuilder sb = new StringBuilder();
                    long col = 0;
                    for (char c : s(self).toCharArray()) {
                        if (c == '\t') {
                            if (ts > 0) {
                                long sp = ts - col % ts;
                                sb.append(" ".repeat((int) sp));
                                col += sp;
                            }
                        } else {
                            sb.append(c);
                            col = (c == '\n' || c == '\r') ? 0 : col + 1;
                        }
                    }
                    return make(self, sb.toString());
                }));
        t.define("splitlines", PyMethodDescr.withKeywords(t, "splitlines", 0, 0, new String[] {"keepends"},
                (self, a) -> {
                    boolean keep = a[0] != null && Abstract.isTrue(a[0]);
                    String s = s(self);
                    List<PyObject> out = new ArrayList<>();
                    int i = 0;
                    int n = s.length();
                    while (i < n) {
                        int j = i;
                        while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                            j++;
                        }
                        int eol = j;
                        if (j < n) {
                            j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                        }
                        out.add(make(self, s.substring(i, keep ? j : eol)));
                        i = j;
                    }
                    return new PyList(out);
                }));
        t.define("upper", mapped(t, "upper", BytesMethods::upper));
        t.define("lower", mapped(t, "lower", BytesMethods::lower));
        t.define("swapcase", mapped(t, "swapcase", c -> isUpper(c) ? lower(c) : upper(c)));
        t.define("capitalize", PyMethodDescr.of(t, "capitalize", self -> {
            char[] cs = s(self).toCharArray();
            for (int i = 0; i < cs.length; i++) {
                cs[i] = i == 0 ? upper(cs[i]) : lower(cs[i]);
            }
            return make(self, new String(cs));
        }));
        t.define("title", PyMethodDescr.of(t, "title", self -> {
            char[] cs = s(self).toCharArray();
            boolean prevCased = false;
            for (int i = 0; i < cs.length; i++) {
                char c = cs[i];
                cs[i] = prevCased ? lower(c) : upper(c);
                prevCased = isAlpha(c);
            }
            return make(self, new String(cs));
        }));
        t.define("isalnum", pred(t, "isalnum", c -> isAlpha(c) || isDigit(c)));
        t.define("isalpha", pred(t, "isalpha", BytesMethods::isAlpha));
        t.define("isdigit", pred(t, "isdigit", BytesMethods::isDigit));
        t.define("isspace", pred(t, "isspace", BytesMethods::isSpace));
        t.define("isascii", PyMethodDescr.of(t, "isascii", self -> PyBool.of(s(self).chars().allMatch(c -> c < 128))));
        t.define("islower", PyMethodDescr.of(t, "islower", self -> PyBool.of(s(self).chars().anyMatch(c -> isLower(
                (char) c)) && s(self).chars().noneMatch(c -> isUpper((char) c)))));
        t.define("isupper", PyMethodDescr.of(t, "isupper", self -> PyBool.of(s(self).chars().anyMatch(c -> isUpper(
                (char) c)) && s(self).chars().noneMatch(c -> isLower((char) c)))));
        t.define("istitle", PyMethodDescr.of(t, "istitle", self -> PyBool.of(PyStrMethods.isTitle(
                s(self).replaceAll("[^A-Za-z]", " ")))));
        t.define("removeprefix", PyMethodDescr.of(t, "removeprefix", (self, p) -> {
            String s = s(self);
            String pre = sarg(p);
            return !pre.isEmpty() && s.startsWith(pre) ? make(self, s.substring(pre.length())) : same(self);
        }));
        t.define("removesuffix", PyMethodDescr.of(t, "removesuffix", (self, p) -> {
            String s = s(self);
            String suf = sarg(p);
            return !suf.isEmpty() && s.endsWith(suf) ? make(self, s.substring(0, s.length() - suf.length()))
                    : same(self);
        }));
        t.define("translate", PyMethodDescr.withKeywords(t, "translate", 1, 1, new String[] {"table", "delete"},
                (self, a) -> {
                    String table = a[0] == PyNone.None ? null : sarg(a[0]);
                    if (table != null && table.length() != 256) {
                        throw PyException.valueError("translation table must be 256 characters long");
                    }
                    String del = a[1] == null ? "" : sarg(a[1]);
                    StringBuilder sb = new StringBuilder();
                    for (char c : s(self).toCharArray()) {
                        if (del.indexOf(c) < 0) {
                            sb.append(table == null ? c : table.charAt(c));
                        }
                    }
                    return make(self, sb.toString());
                }));
        t.define("maketrans", new PyStaticMethod(PyBuiltinFunction.function("maketrans", 2, 2,
                (PyMethodDescr.Fn.FA) (self, a) -> {
                    String from = sarg(a[0]);
                    String to = sarg(a[1]);
                    if (from.length() != to.length()) {
                        throw PyException.valueError("maketrans arguments must have same length");
                    }
                    char[] table = new char[256];
                    for (int i = 0; i < 256; i++) {
                        table[i] = (char) i;
                    }
                    for (int i = 0; i < from.length(); i++) {
                        table[from.charAt(i)] = to.charAt(i);
                    }
                    return new PyBytes(bytes(new String(table)));
                })));
        t.define("hex", PyMethodDescr.withKeywords(t, "hex", 0, 0, new String[] {"sep", "bytes_per_sep"},
                (self, a) -> PyStr.of(hex(bytesOrNull(self), a[0], a[1]))));
        t.define("fromhex", PyMethodDescr.classMethod(t, "fromhex", 1, 1, new String[] {"string"},
                (cls, a) -> {
                    byte[] b = fromhex(a[0]);
                    if (cls == PyBytes.TYPE) {
                        return new PyBytes(b);
                    }
                    if (cls == PyByteArray.TYPE) {
                        return new PyByteArray(b);
                    }
                    return Abstract.call(cls, new PyBytes(b));
                }));
        t.define("decode", PyMethodDescr.withKeywords(t, "decode", 0, 0, new String[] {"encoding", "errors"},
                (self, a) -> PyStr.of(Codecs.decode(bytesOrNull(self), a[0] == null ? "utf-8"
                        : strArg(a[0], "decode", "encoding"), a[1] == null ? "strict"
                        : strArg(a[1], "decode", "errors")))));
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean reverse) {
        String s = s(self);
        String sep = sarg(sepObj);
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            PyObject whole = same(self);
            return reverse ? PyTuple.of(make(self, ""), make(self, ""), whole)
                    : PyTuple.of(whole, make(self, ""), make(self, ""));
        }
        return PyTuple.of(make(self, s.substring(0, i)), make(self, sep), make(self, s.substring(i + sep.length())));
    }

    private static PyList split(PyObject self, PyObject sepObj, long maxsplit, boolean reverse) {
        String s = s(self);
        List<PyObject> out = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.None) {
            if (!reverse) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (maxsplit >= 0 && out.size() >= maxsplit) {
                        out.add(make(self, s.substring(i)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) {
                        j++;
                    }
                    out.add(make(self, s.substring(i, j)));
                    i = j;
                }
                return new PyList(out);
            }
            int end = s.length();
            while (true) {
                while (end > 0 && isSpace(s.charAt(end - 1))) {
                    end--;
                }
                if (end == 0) {
                    break;
                }
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    out.add(make(self, s.substring(0, end)));
                    break;
                }
                int j = end;
                while (j > 0 && !isSpace(s.charAt(j - 1))) {
                    j--;
                }
                out.add(make(self, s.substring(j, end)));
                end = j;
            }
            Collections.reverse(out);
            return new PyList(out);
        }
        String sep = sarg(sepObj);
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        if (!reverse) {
            int i = 0;
            while (maxsplit < 0 || out.size() < maxsplit) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                out.add(make(self, s.substring(i, j)));
                i = j + sep.length();
            }
            out.add(make(self, s.substring(i)));
            return new PyList(out);
        }
        int end = s.length();
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(make(self, s.substring(j + sep.length(), end)));
            end = j;
        }
        out.add(make(self, s.substring(0, end)));
        Collections.reverse(out);
        return new PyList(out);
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right (from the left when negative). */
    static String hex(byte[] b, PyObject sepObj, PyObject perObj) {
        String sep = null;
        if (sepObj != null) {
            String sv;
            if (sepObj instanceof PyStr ss) {
                sv = ss.value;
            } else if (bytesOrNull(sepObj) != null) {
                sv = latin1(bytesOrNull(sepObj));
            } else {
                throw PyException.typeError("object of type '" + sepObj.type.name + "' has no len()");
            }
            if (sv.codePointCount(0, sv.length()) != 1) {
                throw PyException.valueError("sep must be length 1.");
            }
            if (sv.charAt(0) > 127) {
                throw PyException.valueError("sep must be ASCII.");
            }
            sep = sv;
        }
        long per = perObj == null ? 1 : Abstract.asLong(perObj);
        StringBuilder sb = new StringBuilder();
        int n = b.length;
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && group > 0 && i > 0) {
                boolean cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (cut) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromhex(PyObject o) {
        if (!(o instanceof PyStr ps)) {
            throw PyException.typeError("fromhex() argument must be str, not " + o.type.name);
        }
        String s = ps.value;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c > 127 || hi < 0) {
                throw nonHex(s, i);
            }
            if (i + 1 >= n) {
                throw nonHex(s, i + 1);
            }
            int lo = Character.digit(s.charAt(i + 1), 16);
            if (s.charAt(i + 1) > 127 || lo < 0) {
                throw nonHex(s, i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException nonHex(String s, int i) {
        return PyException.valueError("non-hexadecimal number found in fromhex() arg at position "
                + s.codePointCount(0, Math.min(i, s.length())));
    }
}
