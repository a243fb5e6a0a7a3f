package org.pyvm.objects;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: replacement fields
 * {@code {name!conv:spec}} in literal text ({@code {{} and {@code }}} stand for braces).
 *
 * <p>A field name is an argument (empty: the next automatic number; digits: a positional index; otherwise a
 * keyword) followed by any number of {@code .attr} and {@code [key]} (key: an int when all digits, else a str).
 * The conversion ({@code !r !s !a}) applies before {@link Abstract#format}. A spec may itself hold replacement
 * fields, expanded first, two levels deep at most. Automatic and manual numbering cannot be mixed.
 */
final class StrFormat {
    private final PyObject[] args;
    /** Keyword arguments (a dict or, for format_map, any mapping), or null. */
    private final PyObject kwargs;
    private final String[] kwnames;
    private final int kwStart;
    /** The next automatic field number. */
    private int autoNumber;
    private boolean autoUsed;
    private boolean manualUsed;

    private StrFormat(PyObject[] args, PyObject kwargs, String[] kwnames, int kwStart) {
        this.args = args;
        this.kwargs = kwargs;
        this.kwnames = kwnames;
        this.kwStart = kwStart;
    }

    /** {@code fmt.format(*args, **kw)} with vectorcall arguments (keywords named by {@code kwnames}). */
    static PyStr format(String fmt, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject[] pos = new PyObject[args.length - nkw];
        System.arraycopy(args, 0, pos, 0, pos.length);
        StrFormat f = new StrFormat(pos, null, kwnames, pos.length);
        f.fullArgs = args;
        return PyStr.of(f.build(fmt, 2));
    }

    /** {@code fmt.format_map(mapping)}. */
    static PyStr formatMap(String fmt, PyObject mapping) {
        return PyStr.of(new StrFormat(null, mapping, null, 0).build(fmt, 2));
    }

    private PyObject[] fullArgs;

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw PyException.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c == '}') {
                if (i < n && s.charAt(i) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw PyException.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i < n && s.charAt(i) == '{') {
                out.append('{');
                i++;
                continue;
            }
            if (i >= n) {
                throw PyException.valueError("Single '{' encountered in format string");
            }
            i = field(s, i, depth, out);
        }
        return out.toString();
    }

    /** Parses and formats the field starting at {@code i} (after its '{'); returns the index after its '}'. */
    private int field(String s, int i, int depth, StringBuilder out) {
        int n = s.length();
        int nameStart = i;
        char c = 0;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '{') {
                throw PyException.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        boolean ended = c == '}' || c == ':' || c == '!';
        String name = s.substring(nameStart, ended ? i - 1 : i);
        int conversion = 0;
        String spec = "";
        boolean expand = false;
        if (ended && (c == '!' || c == ':')) {
            boolean specFollows = true;
            if (c == '!') {
                if (i >= n) {
                    throw PyException.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.charAt(i++);
                if (i < n) {
                    char d = s.charAt(i++);
                    if (d == '}') {
                        specFollows = false;
                    } else if (d != ':') {
                        throw PyException.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                int specStart = i;
                int count = 1;
                boolean closed = false;
                while (i < n) {
                    char d = s.charAt(i++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    throw PyException.valueError("unmatched '{' in format spec");
                }
                spec = s.substring(specStart, i - 1);
            }
        } else if (c != '}') {
            throw PyException.valueError("expected '}' before end of string");
        }
        PyObject v = lookup(name);
        v = switch (conversion) {
            case 0 -> v;
            case 'r' -> Abstract.repr(v);
            case 's' -> Abstract.str(v);
            case 'a' -> Abstract.ascii(v);
            default -> throw PyException.valueError("Unknown conversion specifier "
                    + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                    : "\\x" + Integer.toHexString(conversion)));
        };
        if (expand) {
            spec = build(spec, depth - 1);
        }
        out.append(Abstract.format(v, PyStr.of(spec)).value);
        return i;
    }

    /** The object a field name designates. */
    private PyObject lookup(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        PyObject v;
        long index = digits(first);
        if (first.isEmpty()) {
            if (manualUsed) {
                throw PyException.valueError("cannot switch from manual field specification to automatic field "
                        + "numbering");
            }
            autoUsed = true;
            v = positional(autoNumber++);
        } else if (index >= 0) {
            if (autoUsed) {
                throw PyException.valueError("cannot switch from automatic field numbering to manual field "
                        + "specification");
            }
            manualUsed = true;
            v = positional(index);
        } else {
            v = keyword(first);
        }
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int st = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == st) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                v = Abstract.getattr(v, name.substring(st, i));
            } else if (c == '[') {
                int st = i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyException.valueError("Missing ']' in format field");
                }
                String key = name.substring(st, i++);
                if (key.isEmpty()) {
                    throw PyException.valueError("Empty attribute in format string");
                }
                long k = digits(key);
                v = Abstract.getitem(v, k >= 0 ? PyInt.of(k) : PyStr.of(key));
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    /** The value of an all-digits string, -1 when it is not one (or is empty). */
    private static long digits(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            if (v > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw PyException.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private PyObject positional(long index) {
        if (args == null) {
            throw PyException.valueError("Format string contains positional fields");
        }
        if (index >= args.length) {
            throw PyException.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[(int) index];
    }

    private PyObject keyword(String key) {
        if (kwargs != null) {
            return Abstract.getitem(kwargs, PyStr.of(key));
        }
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            if (kwnames[k].equals(key)) {
                return fullArgs[kwStart + k];
            }
        }
        throw PyException.keyError(PyStr.of(key));
    }
}
