package org.pyvm.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.pyvm.objects.PyBaseException;
import org.pyvm.objects.PyBool;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyGetSetDescr;
import org.pyvm.objects.PyInt;
import org.pyvm.objects.PyMethodDescr;
import org.pyvm.objects.PyNone;
import org.pyvm.objects.PyObject;
import org.pyvm.objects.PyStr;
import org.pyvm.objects.PyType;

/**
 * The text streams of {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} ({@code _io.TextIOWrapper} in
 * CPython): UTF-8, '\n' line endings, strict errors (a lone surrogate is a UnicodeEncodeError, as CPython's).
 * stdout is block-buffered and flushed at exit, by {@code flush()}, and before anything is written to stderr;
 * stderr is unbuffered.
 */
public final class StdStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, StdStream::define)
            .inModule("_io").notSubclassable();

    static {
        TYPE.repr = self -> PyStr.of("<_io.TextIOWrapper name='" + ((StdStream) self).name
                + "' mode='" + (((StdStream) self).in != null ? "r" : "w") + "' encoding='utf-8'>");
        TYPE.iter = self -> self;
        TYPE.next = self -> {
            PyStr line = ((StdStream) self).readline(-1);
            return line.value.isEmpty() ? null : line;
        };
    }

    private final String name;
    private final int fd;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] buf;
    private int count;
    /** Flushed before this stream writes (stderr flushes stdout). */
    StdStream flushFirst;
    private boolean closed;

    private StdStream(String name, int fd, OutputStream out, InputStream in, int bufferSize) {
        super(TYPE);
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    public static StdStream output(String name, int fd, OutputStream out, int bufferSize) {
        return new StdStream(name, fd, out, null, bufferSize);
    }

    public static StdStream input(String name, InputStream in) {
        return new StdStream(name, 0, null, in, 0);
    }

    /** Writes str (UTF-8, strict), returning the number of code points written. */
    public int write(String s) {
        if (out == null) {
            throw PyException.of(PyBaseException.OSError, "not writable");
        }
        if (closed) {
            throw PyException.valueError("I/O operation on closed file.");
        }
        byte[] b = encode(s);
        if (flushFirst != null) {
            flushFirst.flush();
        }
        if (b.length > buf.length - count) {
            flushBuffer();
            if (b.length >= buf.length) {
                rawWrite(b, 0, b.length);
                return s.codePointCount(0, s.length());
            }
        }
        System.arraycopy(b, 0, buf, count, b.length);
        count += b.length;
        if (buf.length == 0) {
            flushBuffer();
        }
        return s.codePointCount(0, s.length());
    }

    private static byte[] encode(String s) {
        boolean ascii = true;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            return b;
        } catch (CharacterCodingException e) {
            int pos = 0;
            int cpIndex = 0;
            for (int k = 0; k < s.length(); cpIndex++) {
                char c = s.charAt(k);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && k + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(k + 1)))) {
                    pos = cpIndex;
                    break;
                }
                k += Character.charCount(s.codePointAt(k));
            }
            int cp = s.codePointAt(s.offsetByCodePoints(0, pos));
            throw PyException.of(PyBaseException.UnicodeEncodeError, PyStr.of("utf-8"), PyStr.of(s),
                    PyInt.of(pos), PyInt.of(pos + 1), PyStr.of("surrogates not allowed"));
        }
    }

    private void rawWrite(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
            out.flush();
        } catch (IOException e) {
            throw PyException.of(PyBaseException.OSError, e.getMessage());
        }
    }

    private void flushBuffer() {
        if (count > 0) {
            int n = count;
            count = 0;
            rawWrite(buf, 0, n);
        }
    }

    public void flush() {
        if (out != null) {
            flushBuffer();
        }
    }

    PyStr readline(long limit) {
        if (in == null) {
            throw PyException.of(PyBaseException.OSError, "not readable");
        }
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            int c;
            while ((limit < 0 || line.size() < limit) && (c = in.read()) >= 0) {
                line.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyException.of(PyBaseException.OSError, e.getMessage());
        }
        return PyStr.of(line.toString(StandardCharsets.UTF_8));
    }

    private PyStr readAll() {
        try {
            return PyStr.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw PyException.of(PyBaseException.OSError, e.getMessage());
        }
    }

    private static void define(PyType t) {
        t.define("write", PyMethodDescr.of(t, "write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyException.typeError("write() argument must be str, not " + s.type().name());
            }
            return PyInt.of(((StdStream) self).write(str.value));
        }));
        t.define("flush", PyMethodDescr.of(t, "flush", self -> {
            ((StdStream) self).flush();
            return PyNone.None;
        }));
        t.define("readline", PyMethodDescr.of(t, "readline", 0, 1, (PyMethodDescr.Fn.FA) (self, a) ->
                ((StdStream) self).readline(a[0] == null || a[0] == PyNone.None ? -1
                        : ((PyInt) a[0]).longValue())));
        t.define("read", PyMethodDescr.of(t, "read", 0, 1, (PyMethodDescr.Fn.FA) (self, a) ->
                ((StdStream) self).readAll()));
        t.define("fileno", PyMethodDescr.of(t, "fileno", self -> PyInt.of(((StdStream) self).fd)));
        t.define("isatty", PyMethodDescr.of(t, "isatty", self -> PyBool.of(((StdStream) self).fd != 0
                && System.console() != null)));
        t.define("writable", PyMethodDescr.of(t, "writable", self -> PyBool.of(((StdStream) self).out != null)));
        t.define("readable", PyMethodDescr.of(t, "readable", self -> PyBool.of(((StdStream) self).in != null)));
        t.define("seekable", PyMethodDescr.of(t, "seekable", self -> PyBool.False));
        t.define("close", PyMethodDescr.of(t, "close", self -> {
            ((StdStream) self).flush();
            ((StdStream) self).closed = true;
            return PyNone.None;
        }));
        t.define("name", new PyGetSetDescr(t, "name", s -> PyStr.of(((StdStream) s).name), null));
        t.define("encoding", new PyGetSetDescr(t, "encoding", s -> PyStr.of("utf-8"), null));
        t.define("errors", new PyGetSetDescr(t, "errors", s -> PyStr.of("strict"), null));
        t.define("closed", new PyGetSetDescr(t, "closed", s -> PyBool.of(((StdStream) s).closed), null));
        t.define("mode", new PyGetSetDescr(t, "mode", s -> PyStr.of(((StdStream) s).in != null ? "r" : "w"), null));
    }
}
