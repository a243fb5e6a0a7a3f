package org.pyvm.modules;

import java.time.LocalDate;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;

/**
 * {@code time.strptime} in the C locale: the format is matched left to right; whitespace in the format matches any
 * run of whitespace; numeric directives take up to their width of digits. Errors are CPython's ValueErrors
 * ("time data '...' does not match format '...'", "unconverted data remains: ...").
 */
final class TimeParser {
    private TimeParser() {
    }

    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private static final class Mismatch extends RuntimeException {
        Mismatch() {
            super(null, null, false, false);
        }
    }

    static PyObject strptime(String s, String fmt) {
        int[] v = {1900, 1, 1, 0, 0, 0, -1, -1, -1}; // year mon mday hour min sec wday yday isdst
        int hour12 = -1;
        int ampm = -1;
        PyObject zone = PyNone.None;
        PyObject gmtoff = PyNone.None;
        int pos = 0;
        try {
            for (int i = 0; i < fmt.length(); i++) {
                char c = fmt.charAt(i);
                if (Character.isWhitespace(c)) {
                    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                        pos++;
                    }
                    continue;
                }
                if (c != '%') {
                    if (pos >= s.length() || Character.toLowerCase(s.charAt(pos)) != Character.toLowerCase(c)) {
                        throw new Mismatch();
                    }
                    pos++;
                    continue;
                }
                if (++i >= fmt.length()) {
                    throw PyException.valueError("stray % in format '" + fmt + "'");
                }
                char d = fmt.charAt(i);
                int[] r;
                switch (d) {
                    case 'Y' -> { r = num(s, pos, 4); v[0] = r[0]; pos = r[1]; }
                    case 'y' -> { r = num(s, pos, 2); v[0] = r[0] < 69 ? 2000 + r[0] : 1900 + r[0]; pos = r[1]; }
                    case 'm' -> { r = range(s, pos, 2, 1, 12); v[1] = r[0]; pos = r[1]; }
                    case 'd' -> { r = range(s, pos, 2, 1, 31); v[2] = r[0]; pos = r[1]; }
                    case 'H' -> { r = range(s, pos, 2, 0, 23); v[3] = r[0]; pos = r[1]; }
                    case 'I' -> { r = range(s, pos, 2, 1, 12); hour12 = r[0]; pos = r[1]; }
                    case 'M' -> { r = range(s, pos, 2, 0, 59); v[4] = r[0]; pos = r[1]; }
                    case 'S' -> { r = range(s, pos, 2, 0, 61); v[5] = r[0]; pos = r[1]; }
                    case 'j' -> { r = range(s, pos, 3, 1, 366); v[7] = r[0]; pos = r[1]; }
                    case 'f' -> { r = num(s, pos, 6); pos = r[1]; }
                    case 'w' -> { r = range(s, pos, 1, 0, 6); v[6] = (r[0] + 6) % 7; pos = r[1]; }
                    case 'u' -> { r = range(s, pos, 1, 1, 7); v[6] = r[0] - 1; pos = r[1]; }
                    case 'a', 'A' -> { r = name(s, pos, DAYS, d == 'a'); v[6] = r[0]; pos = r[1]; }
                    case 'b', 'B', 'h' -> { r = name(s, pos, MONTHS, d != 'B'); v[1] = r[0] + 1; pos = r[1]; }
                    case 'p' -> {
                        String rest = s.substring(pos).toLowerCase();
                        if (rest.startsWith("am")) {
                            ampm = 0;
                        } else if (rest.startsWith("pm")) {
                            ampm = 1;
                        } else {
                            throw new Mismatch();
                        }
                        pos += 2;
                    }
                    case 'z' -> {
                        if (pos < s.length() && s.charAt(pos) == 'Z') {
                            gmtoff = PyInt.of(0);
                            pos++;
                            break;
                        }
                        if (pos >= s.length() || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) {
                            throw new Mismatch();
                        }
                        int sign = s.charAt(pos) == '-' ? -1 : 1;
                        r = num2(s, pos + 1);
                        int hh = r[0];
                        pos = r[1];
                        if (pos < s.length() && s.charAt(pos) == ':') {
                            pos++;
                        }
                        r = num2(s, pos);
                        gmtoff = PyInt.of(sign * (hh * 3600 + r[0] * 60));
                        pos = r[1];
                    }
                    case 'Z' -> {
                        int st = pos;
                        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                            pos++;
                        }
                        String z = s.substring(st, pos);
                        String up = z.toUpperCase();
                        if (up.equals("UTC") || up.equals("GMT")) {
                            v[8] = 0;
                        } else if (z.isEmpty()) {
                            throw new Mismatch();
                        }
                        zone = PyStr.of(z);
                    }
                    case '%' -> {
                        if (pos >= s.length() || s.charAt(pos) != '%') {
                            throw new Mismatch();
                        }
                        pos++;
                    }
                    default -> throw PyException.valueError("'" + d + "' is a bad directive in format '%" + d + "'");
                }
            }
        } catch (Mismatch e) {
            throw PyException.valueError("time data " + Abstract.repr(PyStr.of(s)).value + " does not match format "
                    + Abstract.repr(PyStr.of(fmt)).value);
        }
        if (pos < s.length()) {
            throw PyException.valueError("unconverted data remains: " + s.substring(pos));
        }
        if (hour12 >= 0) {
            v[3] = ampm == 1 ? (hour12 % 12) + 12 : hour12 % 12;
        }
        LocalDate date;
        try {
            if (v[7] >= 0 && v[1] == 1 && v[2] == 1) {
                date = LocalDate.ofYearDay(v[0], v[7]);
                v[1] = date.getMonthValue();
                v[2] = date.getDayOfMonth();
            } else {
                date = LocalDate.of(v[0], v[1], v[2]);
            }
        } catch (java.time.DateTimeException e) {
            throw PyException.valueError("day is out of range for month");
        }
        v[6] = date.getDayOfWeek().getValue() - 1;
        v[7] = date.getDayOfYear();
        PyObject[] f = new PyObject[9];
        for (int i = 0; i < 9; i++) {
            f[i] = PyInt.of(v[i]);
        }
        return new TimeModule.StructTime(f, zone, gmtoff);
    }

    private static int[] num(String s, int pos, int width) {
        int p = pos;
        while (p < s.length() && p - pos < width && Character.isDigit(s.charAt(p))) {
            p++;
        }
        if (p == pos) {
            throw new Mismatch();
        }
        return new int[] {Integer.parseInt(s.substring(pos, p)), p};
    }

    private static int[] num2(String s, int pos) {
        if (pos + 2 > s.length() || !Character.isDigit(s.charAt(pos)) || !Character.isDigit(s.charAt(pos + 1))) {
            throw new Mismatch();
        }
        return new int[] {Integer.parseInt(s.substring(pos, pos + 2)), pos + 2};
    }

    private static int[] range(String s, int pos, int width, int lo, int hi) {
        int[] r = num(s, pos, width);
        if (r[0] < lo || r[0] > hi) {
            // A shorter prefix may be in range (regex backtracking in CPython); try one digit less.
            if (r[1] - pos > 1) {
                int[] shorter = num(s, pos, r[1] - pos - 1);
                if (shorter[0] >= lo && shorter[0] <= hi) {
                    return shorter;
                }
            }
            throw new Mismatch();
        }
        return r;
    }

    private static int[] name(String s, int pos, String[] names, boolean abbrevFirst) {
        String rest = s.substring(pos).toLowerCase();
        for (int i = 0; i < names.length; i++) {
            if (rest.startsWith(names[i])) {
                return new int[] {i, pos + names[i].length()};
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (rest.startsWith(names[i].substring(0, 3))) {
                return new int[] {i, pos + 3};
            }
        }
        throw new Mismatch();
    }
}
