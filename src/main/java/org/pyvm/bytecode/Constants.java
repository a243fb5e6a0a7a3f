package org.pyvm.bytecode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values a constant pool holds, as plain Java values where Java has one:
 * <ul>
 * <li>None and Ellipsis: {@link Special#NONE}, {@link Special#ELLIPSIS}</li>
 * <li>bool: {@link Boolean}</li>
 * <li>int: {@link Long} when it fits in 64 bits, otherwise {@link BigInteger} (canonical: {@link #normalize})</li>
 * <li>float: {@link Double} (equality is bitwise: 0.0 and -0.0 differ, NaN equals NaN)</li>
 * <li>complex: {@link Complex}; str: {@link String} (lone surrogates allowed); bytes: {@link Bytes}</li>
 * <li>tuple: {@link Tuple}; frozenset: {@link FrozenSet} (elements in compile order)</li>
 * <li>code: {@link CodeObject}</li>
 * </ul>
 * Equality is what the constant pool's deduplication needs: 1, 1.0 and True are different constants.
 */
public final class Constants {
    private Constants() {
    }

    /** The two singleton constants without a Java counterpart. */
    public enum Special {
        NONE, ELLIPSIS
    }

    public static final Special NONE = Special.NONE;
    public static final Special ELLIPSIS = Special.ELLIPSIS;

    /** A complex constant; record equality compares the doubles bitwise, as Double.equals does. */
    public record Complex(double real, double imag) {
    }

    /** A bytes constant (the array is owned by this value; never modify it). */
    public record Bytes(byte[] value) {
        public Bytes {
            value = value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return repr(this);
        }
    }

    /** A tuple of constants. */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = List.copyOf(items);
        }

        public static Tuple of(Object... items) {
            return new Tuple(List.of(items));
        }
    }

    /** A frozenset of constants, elements in the order the compiler gave them (no duplicates). */
    public record FrozenSet(List<Object> items) {
        public FrozenSet {
            items = List.copyOf(items);
        }
    }

    /**
     * The canonical form of a constant: Integer/Short/Byte and BigIntegers that fit become Long, tuple and
     * frozenset elements are normalized. Throws IllegalArgumentException for a value that is not a constant.
     */
    public static Object normalize(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof Tuple t) {
            return new Tuple(normalizeAll(t.items()));
        }
        if (v instanceof FrozenSet s) {
            return new FrozenSet(normalizeAll(s.items()));
        }
        if (v instanceof Special || v instanceof Boolean || v instanceof Long || v instanceof Double
                || v instanceof Complex || v instanceof String || v instanceof Bytes || v instanceof CodeObject) {
            return v;
        }
        throw new IllegalArgumentException("not a constant: " + (v == null ? "null" : v.getClass().getName()));
    }

    private static List<Object> normalizeAll(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(normalize(o));
        }
        return out;
    }

    /** Python's repr of a constant (the disassembler's view of it). */
    public static String repr(Object v) {
        if (v == Special.NONE) {
            return "None";
        }
        if (v == Special.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d, true);
        }
        if (v instanceof Complex c) {
            return complexRepr(c);
        }
        if (v instanceof String s) {
            return strRepr(s);
        }
        if (v instanceof Bytes b) {
            return bytesRepr(b.value());
        }
        if (v instanceof Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
            }
            return sb.append(t.items().size() == 1 ? ",)" : ")").toString();
        }
        if (v instanceof FrozenSet s) {
            if (s.items().isEmpty()) {
                return "frozenset()";
            }
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < s.items().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(s.items().get(i)));
            }
            return sb.append("})").toString();
        }
        return String.valueOf(v); // CodeObject
    }

    /** repr(float): the shortest digits that round-trip; with addDot0, integral values end in ".0". */
    public static String floatRepr(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = (1 / d < 0) ? "-0" : "0";
            return addDot0 ? z + ".0" : z;
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.DIGITS * 10^decpt
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length()));
                if (addDot0) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int e = decpt - 1;
            sb.append(e < 0 ? "e-" : "e+");
            int a = Math.abs(e);
            sb.append(a < 10 ? "0" : "").append(a);
        }
        return sb.toString();
    }

    private static String complexRepr(Complex c) {
        String im = floatRepr(c.imag(), false);
        if (c.real() == 0 && 1 / c.real() > 0) {
            return im + "j";
        }
        String re = floatRepr(c.real(), false);
        return "(" + re + (im.startsWith("-") ? "" : "+") + im + "j)";
    }

    /** repr(str) exactly as CPython: quote choice, escapes, non-printable characters. */
    public static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    private static void hex(StringBuilder sb, String prefix, int cp, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(cp);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** Python's str.isprintable for one code point, from Java's Unicode categories. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** repr(bytes) as CPython writes it. */
    public static String bytesRepr(byte[] value) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(value.length + 3).append('b').append(quote);
        for (byte x : value) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
