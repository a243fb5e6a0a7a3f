package org.pyvm.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode}: UTF-8, ASCII and Latin-1 written out (CPython's error ranges and
 * messages), with the error handlers {@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code surrogateescape}, {@code surrogatepass} (UTF-8) and {@code xmlcharrefreplace} (encoding). Other
 * encodings Java knows are used in strict mode only. An unknown handler is an error only once an error occurs.
 */
final class Codecs {
    private Codecs() {
    }

    private static final int UTF8 = 0, ASCII = 1, LATIN1 = 2;
    private static final String[] NAMES = {"utf-8", "ascii", "latin-1"};

    /** UTF8, ASCII, LATIN1, or -1 for an encoding handed to Java. */
    private static int kind(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> UTF8;
            case "ascii", "us-ascii", "646", "us" -> ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1" -> LATIN1;
            default -> -1;
        };
    }

    /** The byte order mark CPython's "utf-16", "utf-32" (little-endian here, as on x86) and "utf-8-sig" codecs
     *  write first and strip when reading, or null for other encodings. */
    private static byte[] bom(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf-16", "utf16" -> new byte[] {(byte) 0xff, (byte) 0xfe};
            case "utf-32", "utf32" -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
            case "utf-8-sig", "utf8-sig" -> new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
            default -> null;
        };
    }

    private static Charset javaCharset(String encoding) {
        try {
            String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
            if (e.matches("utf-(16|32)-(le|be)")) {
                e = e.substring(0, 6) + e.substring(7);
            } else if (e.equals("utf-16") || e.equals("utf16")) {
                e = "x-UTF-16LE-BOM";  // CPython: a BOM, then the native (little-endian) order
            } else if (e.equals("utf-32") || e.equals("utf32")) {
                e = "X-UTF-32LE-BOM";
            }
            return Charset.forName(e);
        } catch (RuntimeException x) {
            throw PyException.of(PyBaseException.LookupError, "unknown encoding: " + encoding);
        }
    }

    private static PyException unknownHandler(String errors) {
        return PyException.of(PyBaseException.LookupError, "unknown error handler name '" + errors + "'");
    }

    // ------------------------------------------------------------------ encode

    static byte[] encode(String s, String encoding, String errors) {
        byte[] bom = bom(encoding);
        if (bom != null) {
            byte[] body = encode(s, bom.length == 3 ? "utf-8" : bom.length == 2 ? "utf-16-le" : "utf-32-le", errors);
            byte[] out = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, out, 0, bom.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
        int kind = kind(encoding);
        if (kind < 0) {
            var enc = javaCharset(encoding).newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
                byte[] out = new byte[bb.remaining()];
                bb.get(out);
                return out;
            } catch (CharacterCodingException e) {
                throw encodeError(encoding, s, 0, 1, "cannot encode");
            }
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int limit = kind == ASCII ? 0x80 : kind == LATIN1 ? 0x100 : 0x110000;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            boolean ok = kind == UTF8 ? !(cp >= 0xd800 && cp <= 0xdfff) : cp < limit;
            if (ok) {
                utf8OrByte(out, cp, kind);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !(kind == UTF8 ? !(cps[end] >= 0xd800 && cps[end] <= 0xdfff)
                    : cps[end] < limit)) {
                end++;
            }
            String reason = kind == UTF8 ? "surrogates not allowed" : kind == ASCII ? "ordinal not in range(128)"
                    : "ordinal not in range(256)";
            switch (errors) {
                case "strict" -> throw encodeError(NAMES[kind], s, i, end, reason);
                case "ignore" -> { }
                case "replace" -> {
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        writeAscii(out, escape(cps[k]));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        writeAscii(out, "&#" + cps[k] + ";");
                    }
                }
                case "surrogateescape" -> {
                    // Escapes the leading U+DC80..U+DCFF; the rest of the run, from the first other character, fails.
                    for (int k = i; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(NAMES[kind], s, k, end, reason);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    if (kind != UTF8) {
                        throw encodeError(NAMES[kind], s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        utf8OrByte(out, cps[k], UTF8);
                    }
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void utf8OrByte(ByteArrayOutputStream out, int cp, int kind) {
        if (kind != UTF8 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | cp >> 6);
            out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out.write(0xe0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        } else {
            out.write(0xf0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3f);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int k = 0; k < s.length(); k++) {
            out.write(s.charAt(k));
        }
    }

    private static String escape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return new PyException(PyBaseException.create(PyBaseException.UnicodeEncodeError, PyTuple.of(PyStr.of(enc),
                PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    // ------------------------------------------------------------------ decode

    static String decode(byte[] b, String encoding, String errors) {
        if (b.length == 0) {
            return "";
        }
        byte[] bom = bom(encoding);
        if (bom != null) {
            int skip = 0;
            String actual = bom.length == 3 ? "utf-8" : bom.length == 2 ? "utf-16-le" : "utf-32-le";
            if (b.length >= bom.length && java.util.Arrays.equals(b, 0, bom.length, bom, 0, bom.length)) {
                skip = bom.length;
            } else if (bom.length == 2 && b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                skip = 2;
                actual = "utf-16-be";
            } else if (bom.length == 4 && b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe
                    && (b[3] & 0xff) == 0xff) {
                skip = 4;
                actual = "utf-32-be";
            }
            return decode(java.util.Arrays.copyOfRange(b, skip, b.length), actual, errors);
        }
        int kind = kind(encoding);
        if (kind < 0) {
            var dec = javaCharset(encoding).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return dec.decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                throw decodeError(encoding, b, 0, 1, "cannot decode");
            }
        }
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80 || kind == LATIN1) {
                sb.append((char) c);
                i++;
                continue;
            }
            int end;
            String reason;
            if (kind == ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : 0;
                if (need == 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int k = 1;
                    boolean bad = false;
                    boolean surrogate = false;
                    while (k <= need && i + k < n) {
                        int d = b[i + k] & 0xff;
                        int lo = 0x80, hi = 0xbf;
                        if (k == 1) {
                            if (c == 0xe0) {
                                lo = 0xa0;
                            } else if (c == 0xed) {
                                if (d >= 0xa0 && d <= 0xbf && errors.equals("surrogatepass")) {
                                    surrogate = true;
                                } else {
                                    hi = 0x9f;
                                }
                            } else if (c == 0xf0) {
                                lo = 0x90;
                            } else if (c == 0xf4) {
                                hi = 0x8f;
                            }
                        }
                        if (d < lo || d > hi) {
                            bad = true;
                            break;
                        }
                        k++;
                    }
                    if (!bad && k > need) {
                        int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                        for (int m = 1; m <= need; m++) {
                            cp = cp << 6 | b[i + m] & 0x3f;
                        }
                        sb.appendCodePoint(cp);
                        assert !surrogate || Character.isSurrogate((char) cp);
                        i += need + 1;
                        continue;
                    }
                    end = i + k;
                    reason = bad ? "invalid continuation byte" : "unexpected end of data";
                }
            }
            switch (errors) {
                case "strict" -> throw decodeError(NAMES[kind], b, i, end, reason);
                case "ignore" -> { }
                case "replace" -> sb.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[k] & 0xff));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        sb.append((char) (0xdc00 + (b[k] & 0xff)));
                    }
                }
                case "surrogatepass" -> throw decodeError(NAMES[kind], b, i, end, reason);
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return sb.toString();
    }

    private static PyException decodeError(String enc, byte[] b, int start, int end, String reason) {
        return new PyException(PyBaseException.create(PyBaseException.UnicodeDecodeError, PyTuple.of(PyStr.of(enc),
                new PyBytes(b.clone()), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }
}
