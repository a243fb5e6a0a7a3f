package org.pyvm.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable byte array with CPython's repr ({@code b'\x00abc'}). Basics only so far. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, PyBytes::define);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    static {
        PyType t = TYPE;
        t.repr = self -> PyStr.of(((PyBytes) self).reprString());
        t.str = t.repr;
        t.hash = self -> {
            PyBytes b = (PyBytes) self;
            long h = Arrays.hashCode(b.value);
            return h == -1 ? -2 : h;
        };
        t.len = self -> ((PyBytes) self).value.length;
        t.richcompare = (v, w, op) -> {
            if (!(w instanceof PyBytes b)) {
                return PyNotImplemented.NotImplemented;
            }
            return PyBool.of(PyInt.cmpResult(Arrays.compareUnsigned(((PyBytes) v).value, b.value), op));
        };
        t.getitem = (self, key) -> {
            PyBytes b = (PyBytes) self;
            if (key instanceof PySlice s) {
                long[] r = s.indices(b.value.length);
                byte[] out = new byte[(int) r[3]];
                for (int k = 0, i = (int) r[0]; k < out.length; k++, i += (int) r[2]) {
                    out[k] = b.value[i];
                }
                return new PyBytes(out);
            }
            long i = Abstract.asClampedIndex(key);
            if (i < 0) {
                i += b.value.length;
            }
            if (i < 0 || i >= b.value.length) {
                throw PyException.indexError("index out of range");
            }
            return PyInt.of(b.value[(int) i] & 0xff);
        };
        t.contains = (self, x) -> {
            byte[] v = ((PyBytes) self).value;
            if (x instanceof PyInt i) {
                long c = i.longValue();
                if (!i.isSmall() || c < 0 || c > 255) {
                    throw PyException.valueError("byte must be in range(0, 256)");
                }
                for (byte b : v) {
                    if ((b & 0xff) == c) {
                        return true;
                    }
                }
                return false;
            }
            if (!(x instanceof PyBytes sub)) {
                throw PyException.typeError("a bytes-like object is required, not '" + x.type.name + "'");
            }
            return indexOf(v, sub.value) >= 0;
        };
        t.iter = self -> {
            byte[] v = ((PyBytes) self).value;
            PyObject[] items = new PyObject[v.length];
            for (int i = 0; i < v.length; i++) {
                items[i] = PyInt.of(v[i] & 0xff);
            }
            return new PyList.ArrayIter(PyList.ArrayIter.TUPLE_TYPE, items, items.length, null);
        };
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyBytes b)) {
                throw PyException.typeError("can't concat " + w.type.name + " to bytes");
            }
            byte[] a = ((PyBytes) v).value;
            byte[] r = Arrays.copyOf(a, a.length + b.value.length);
            System.arraycopy(b.value, 0, r, a.length, b.value.length);
            return new PyBytes(r);
        };
        t.sqRepeat = (v, n) -> {
            byte[] a = ((PyBytes) v).value;
            long k = Math.max(0, Abstract.asClampedIndex(n));
            byte[] r = new byte[(int) (a.length * k)];
            for (int i = 0; i < k; i++) {
                System.arraycopy(a, 0, r, i * a.length, a.length);
            }
            return new PyBytes(r);
        };
        t.newSlot = (type, args, kw) -> {
            Abstract.checkNoKeywords("bytes", kw);
            byte[] v;
            if (args.length == 0) {
                v = new byte[0];
            } else if (args[0] instanceof PyStr s) {
                if (args.length < 2) {
                    throw PyException.typeError("string argument without an encoding");
                }
                v = ((PyBytes) encode(s.value, Abstract.str(args[1]).value, "strict")).value;
            } else if (args[0] instanceof PyInt n) {
                long len = n.longValue();
                if (len < 0) {
                    throw PyException.valueError("negative count");
                }
                v = new byte[(int) len];
            } else if (args[0] instanceof PyBytes b) {
                v = b.value;
            } else {
                PyObject[] items = Abstract.toArray(args[0]);
                v = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    long c = Abstract.asLong(items[i]);
                    if (c < 0 || c > 255) {
                        throw PyException.valueError("bytes must be in range(0, 256)");
                    }
                    v[i] = (byte) c;
                }
            }
            return new PyBytes(type, v);
        };
    }

    final byte[] value;

    /** Takes ownership of {@code value}. */
    public PyBytes(byte[] value) {
        this(TYPE, value);
    }

    PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    public final int size() {
        return value.length;
    }

    public final byte byteAt(int i) {
        return value[i];
    }

    public final byte[] toByteArray() {
        return value.clone();
    }

    /** The bytes as a string of chars 0..255. */
    public final String asLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code repr(b)}: quote choice and escapes as CPython. */
    public final String reprString() {
        return org.pyvm.bytecode.Constants.bytesRepr(value);
    }

    private static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> {
                try {
                    yield Charset.forName(e);
                } catch (RuntimeException x) {
                    throw PyException.of(PyBaseException.LookupError, "unknown encoding: " + encoding);
                }
            }
        };
    }

    /** {@code str.encode(encoding, errors)} (strict, ignore, replace). */
    static PyObject encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        var enc = cs.newEncoder();
        CodingErrorAction a = errors.equals("ignore") ? CodingErrorAction.IGNORE : errors.equals("replace")
                ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        enc.onMalformedInput(a).onUnmappableCharacter(a);
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return new PyBytes(out);
        } catch (CharacterCodingException e) {
            int pos = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!enc.canEncode(s.charAt(i)) || Character.isSurrogate(s.charAt(i))) {
                    pos = s.codePointCount(0, i);
                    break;
                }
            }
            String name = cs == StandardCharsets.UTF_8 ? "utf-8" : cs == StandardCharsets.US_ASCII ? "ascii"
                    : encoding;
            String reason = cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)"
                    : cs == StandardCharsets.ISO_8859_1 ? "ordinal not in range(256)" : "surrogates not allowed";
            PyBaseException ex = PyBaseException.create(PyBaseException.UnicodeEncodeError, PyTuple.of(PyStr.of(name),
                    PyStr.of(s), PyInt.of(pos), PyInt.of(pos + 1), PyStr.of(reason)));
            throw new PyException(ex);
        }
    }

    private static void define(PyType t) {
        t.define("decode", PyMethodDescr.withKeywords(t, "decode", 0, 0, new String[] {"encoding", "errors"},
                (self, a) -> {
                    String enc = a[0] == null ? "utf-8" : Abstract.str(a[0]).value;
                    String err = a[1] == null ? "strict" : Abstract.str(a[1]).value;
                    var dec = charset(enc).newDecoder();
                    CodingErrorAction act = err.equals("ignore") ? CodingErrorAction.IGNORE
                            : err.equals("replace") ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
                    dec.onMalformedInput(act).onUnmappableCharacter(act);
                    try {
                        return PyStr.of(dec.decode(ByteBuffer.wrap(((PyBytes) self).value)).toString());
                    } catch (CharacterCodingException e) {
                        throw PyException.of(PyBaseException.UnicodeDecodeError, PyStr.of(enc.toLowerCase()),
                                self, PyInt.of(0), PyInt.of(1), PyStr.of("invalid start byte"));
                    }
                }));
        t.define("hex", PyMethodDescr.of(t, "hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : ((PyBytes) self).value) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return PyStr.of(sb.toString());
        }));
    }
}
