package org.pyvm.objects;

import java.math.BigInteger;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args} (the {@code nb_remainder} of str, bytes
 * and bytearray). One implementation for both: a bytes format is read as a string of chars 0..255 and the result
 * is made of such chars (reprs become ASCII, {@code %s} takes the bytes as they are).
 *
 * <p>A directive is {@code %[(key)][flags][width][.precision][length]type}: flags {@code #0- +}, width and
 * precision digits or {@code *} (taken from the arguments), a length modifier {@code h l L} that is ignored.
 * Arguments: a tuple gives one argument per directive; any other value is a single argument; a mapping (anything
 * subscriptable but a tuple or a str/bytes) may be used by {@code %(key)s}. Numbers reuse {@link NumberFormat}
 * for floats, so there is one float-to-text implementation.
 */
final class PrintfFormat {
    private final String fmt;
    private final boolean bytes;
    private final PyObject args;
    /** The mapping for {@code %(key)}, or null. */
    private final PyObject dict;
    /** CPython's argument cursor: a tuple of n items runs 0..n; a single argument runs -2..-1 (then used). */
    private int argIndex;
    private int argCount;
    private PyObject current;
    private final StringBuilder out = new StringBuilder();

    private PrintfFormat(String fmt, boolean bytes, PyObject args) {
        this.fmt = fmt;
        this.bytes = bytes;
        this.args = args;
        if (args instanceof PyTuple t) {
            argCount = t.size();
            argIndex = 0;
        } else {
            argCount = -1;
            argIndex = -2;
        }
        current = args;
        boolean mapping = args.type.getitem != null && !(args instanceof PyTuple)
                && !(bytes ? args instanceof PyBytes : args instanceof PyStr);
        dict = mapping ? args : null;
    }

    /** {@code fmt % args} for str. */
    static PyStr formatStr(String fmt, PyObject args) {
        return PyStr.of(new PrintfFormat(fmt, false, args).run());
    }

    /** {@code fmt % args} for bytes and bytearray: the result's bytes. */
    static byte[] formatBytes(byte[] fmt, PyObject args) {
        String r = new PrintfFormat(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), true, args).run();
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private PyObject nextArg() {
        if (argIndex < argCount) {
            int i = argIndex++;
            return argCount < 0 ? current : ((PyTuple) current).get(i);
        }
        throw PyException.typeError("not enough arguments for format string");
    }

    private String run() {
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                out.append(fmt, i, n);
                break;
            }
            out.append(fmt, i, pct);
            i = directive(pct + 1);
        }
        if (argIndex < argCount && dict == null) {
            throw PyException.typeError("not all arguments converted during " + (bytes ? "bytes" : "string")
                    + " formatting");
        }
        return out.toString();
    }

    private PyException incomplete() {
        return PyException.valueError("incomplete format");
    }

    /** Formats the directive starting after its '%' at {@code i}; returns the index after it. */
    private int directive(int i) {
        int n = fmt.length();
        if (i >= n) {
            throw incomplete();
        }
        if (fmt.charAt(i) == '%') {
            out.append('%');
            return i + 1;
        }
        if (fmt.charAt(i) == '(') {
            if (dict == null) {
                throw PyException.typeError("format requires a mapping");
            }
            int depth = 1;
            int start = ++i;
            while (i < n && depth > 0) {
                char c = fmt.charAt(i);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
                i++;
            }
            if (depth > 0) {
                throw PyException.valueError("incomplete format key");
            }
            String key = fmt.substring(start, i - 1);
            PyObject k = bytes ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                    : PyStr.of(key);
            current = Abstract.getitem(dict, k);
            argCount = -1;
            argIndex = -2;
        }
        boolean left = false, plus = false, space = false, alt = false, zero = false;
        flags:
        while (i < n) {
            switch (fmt.charAt(i)) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                case '0' -> zero = true;
                default -> {
                    break flags;
                }
            }
            i++;
        }
        long width = -1;
        if (i < n && fmt.charAt(i) == '*') {
            width = starArg();
            if (width < 0) {
                left = true;
                width = -width;
            }
            i++;
        } else {
            int st = i;
            while (i < n && isDigit(fmt.charAt(i))) {
                i++;
            }
            if (i > st) {
                width = number(st, i, "width too big");
            }
        }
        long prec = -1;
        if (i < n && fmt.charAt(i) == '.') {
            i++;
            if (i < n && fmt.charAt(i) == '*') {
                prec = Math.max(0, starArg());
                i++;
            } else {
                int st = i;
                while (i < n && isDigit(fmt.charAt(i))) {
                    i++;
                }
                prec = i > st ? number(st, i, "precision too big") : 0;
            }
        }
        while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
            i++;
        }
        if (i >= n) {
            throw incomplete();
        }
        int c = fmt.codePointAt(i);
        int at = i;
        i += Character.charCount(c);
        if (width > Integer.MAX_VALUE - 16 || prec > Integer.MAX_VALUE - 16) {
            throw PyException.of(PyBaseException.MemoryError, (String) null);
        }
        Directive d = new Directive(left, plus, space, alt, zero, (int) width, (int) prec, c);
        switch (c) {
            case 's', 'r', 'a', 'b' -> {
                if (c == 'b' && !bytes) {
                    throw unsupported(c, at);
                }
                text(d, nextArg());
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> integer(d, nextArg());
            case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(d, nextArg());
            case 'c' -> character(d, nextArg());
            default -> throw unsupported(c, at);
        }
        return i;
    }

    private PyException unsupported(int c, int at) {
        String shown = c >= 32 && c < 127 ? String.valueOf((char) c) : "?";
        return PyException.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(c)
                + ") at index " + fmt.codePointCount(0, at));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private long number(int st, int end, String tooBig) {
        long v = 0;
        for (int k = st; k < end; k++) {
            int dgt = fmt.charAt(k) - '0';
            if (v > (Long.MAX_VALUE - dgt) / 10) {
                throw PyException.valueError(tooBig);
            }
            v = v * 10 + dgt;
        }
        return v;
    }

    private long starArg() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt iv)) {
            throw PyException.typeError("* wants int");
        }
        if (!iv.isSmall()) {
            throw PyException.overflowError("Python int too large to convert to C ssize_t");
        }
        return iv.longValue();
    }

    private record Directive(boolean left, boolean plus, boolean space, boolean alt, boolean zero, int width,
            int prec, int type) {
    }

    /** Appends {@code body} padded to the width with spaces (zeros go inside the sign for numbers). */
    private void pad(Directive d, String sign, String body) {
        int len = sign.length() + body.codePointCount(0, body.length());
        int fill = Math.max(0, d.width - len);
        if (d.left) {
            out.append(sign).append(body).append(" ".repeat(fill));
        } else if (d.zero && isNumeric(d.type)) {
            out.append(sign).append("0".repeat(fill)).append(body);
        } else {
            out.append(" ".repeat(fill)).append(sign).append(body);
        }
    }

    private static boolean isNumeric(int c) {
        return "diuoxXeEfFgG".indexOf(c) >= 0;
    }

    private void text(Directive d, PyObject v) {
        String s;
        if (bytes) {
            switch (d.type) {
                case 'r', 'a' -> s = Abstract.ascii(v).value;
                default -> s = bytesOf(v);
            }
        } else {
            s = switch (d.type) {
                case 'r' -> Abstract.repr(v).value;
                case 'a' -> Abstract.ascii(v).value;
                default -> Abstract.str(v).value;
            };
        }
        if (d.prec >= 0 && s.codePointCount(0, s.length()) > d.prec) {
            s = s.substring(0, s.offsetByCodePoints(0, d.prec));
        }
        pad(d, "", s);
    }

    /** The bytes of a bytes-like object or of {@code __bytes__}, as chars 0..255. */
    private static String bytesOf(PyObject v) {
        byte[] b = BytesMethods.bytesOrNull(v);
        if (b == null) {
            PyObject r = v instanceof PyStr ? null : Abstract.lookupAndCall(v, "__bytes__");
            if (r == null) {
                throw PyException.typeError("%b requires a bytes-like object, or an object that implements "
                        + "__bytes__, not '" + v.type.name + "'");
            }
            if (!(r instanceof PyBytes rb)) {
                throw PyException.typeError("__bytes__ returned non-bytes (type " + r.type.name + ")");
            }
            b = rb.value;
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void integer(Directive d, PyObject v) {
        char t = (char) d.type;
        char shown = bytes && t == 'i' ? 'd' : t;
        PyInt iv;
        if (v instanceof PyInt i) {
            iv = i;
        } else if (t == 'o' || t == 'x' || t == 'X') {
            if (v.type.index == null) {
                throw PyException.typeError("%" + t + " format: an integer is required, not " + v.type.name);
            }
            iv = Abstract.index(v);
        } else if (v.type.toInt != null || v.type.index != null) {
            iv = v.type.toInt != null ? asInt(v.type.toInt.apply(v), v) : Abstract.index(v);
        } else {
            throw PyException.typeError("%" + shown + " format: a real number is required, not " + v.type.name);
        }
        BigInteger big = iv.bigValue();
        String digits = switch (t) {
            case 'o' -> big.abs().toString(8);
            case 'x' -> big.abs().toString(16);
            case 'X' -> big.abs().toString(16).toUpperCase();
            default -> big.abs().toString();
        };
        if (d.prec > digits.length()) {
            digits = "0".repeat(d.prec - digits.length()) + digits;
        }
        String sign = big.signum() < 0 ? "-" : d.plus ? "+" : d.space ? " " : "";
        if (d.alt && (t == 'o' || t == 'x' || t == 'X')) {
            sign += t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
        }
        pad(d, sign, digits);
    }

    private static PyInt asInt(PyObject r, PyObject v) {
        if (!(r instanceof PyInt i)) {
            throw PyException.typeError("__int__ returned non-int (type " + r.type.name + ")");
        }
        return i;
    }

    private void floating(Directive d, PyObject v) {
        double x;
        if (bytes && !(v instanceof PyFloat) && v.type.toFloat == null && v.type.index == null) {
            throw PyException.typeError("float argument required, not " + v.type.name);
        }
        x = Abstract.asDouble(v);
        StringBuilder spec = new StringBuilder();
        if (d.left) {
            spec.append('<');
        }
        if (d.plus) {
            spec.append('+');
        } else if (d.space) {
            spec.append(' ');
        }
        if (d.alt) {
            spec.append('#');
        }
        if (d.zero && !d.left) {
            spec.append('0');
        }
        if (d.width > 0) {
            spec.append(d.width);
        }
        spec.append('.').append(d.prec < 0 ? 6 : d.prec).append((char) d.type);
        out.append(NumberFormat.formatFloat(x, spec.toString()));
    }

    private void character(Directive d, PyObject v) {
        String s;
        if (bytes) {
            byte[] b = v instanceof PyBytes || v instanceof PyByteArray ? BytesMethods.bytesOrNull(v) : null;
            if (b != null && b.length == 1) {
                s = String.valueOf((char) (b[0] & 0xff));
            } else if (v instanceof PyInt iv) {
                if (!iv.isSmall() || iv.longValue() < 0 || iv.longValue() > 255) {
                    throw PyException.overflowError("%c arg not in range(256)");
                }
                s = String.valueOf((char) iv.longValue());
            } else {
                throw PyException.typeError("%c requires an integer in range(256) or a single byte");
            }
        } else if (v instanceof PyStr sv) {
            if (sv.length() != 1) {
                throw PyException.typeError("%c requires int or char");
            }
            s = sv.value;
        } else if (v instanceof PyInt || v.type.index != null) {
            PyInt iv = Abstract.index(v);
            if (!iv.isSmall() || iv.longValue() < 0 || iv.longValue() > 0x10ffff) {
                throw PyException.overflowError("%c arg not in range(0x110000)");
            }
            s = new String(Character.toChars((int) iv.longValue()));
        } else {
            throw PyException.typeError("%c requires int or char");
        }
        pad(d, "", s);
    }
}
