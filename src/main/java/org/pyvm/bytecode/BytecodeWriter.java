package org.pyvm.bytecode;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/**
 * Writes a module's code-object tree as a bytecode file ({@code docs/bytecode.md}). The output is deterministic:
 * the same code object and stamp give the same bytes.
 */
public final class BytecodeWriter {
    private final Out out = new Out();

    private BytecodeWriter() {
    }

    /** The bytes of a bytecode file holding {@code code}. */
    public static byte[] toBytes(CodeObject code, SourceStamp stamp) {
        BytecodeWriter w = new BytecodeWriter();
        w.code(code, 0);
        byte[] body = w.out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        Out h = new Out();
        h.write(BytecodeFormat.MAGIC, 0, BytecodeFormat.MAGIC.length);
        h.u16(BytecodeFormat.VERSION);
        if (stamp instanceof SourceStamp.Hash hash) {
            h.u16(BytecodeFormat.FLAG_HASH | (hash.checkSource() ? BytecodeFormat.FLAG_CHECK_SOURCE : 0));
            h.write(hash.digest(), 0, SourceStamp.Hash.LENGTH);
        } else {
            SourceStamp.Timestamp t = (SourceStamp.Timestamp) stamp;
            h.u16(0);
            h.i64(t.mtimeMillis());
            h.i64(t.size());
        }
        h.u32(body.length);
        h.u32((int) crc.getValue());
        h.write(body, 0, body.length);
        return h.toByteArray();
    }

    /**
     * Writes the file atomically: to a temporary file in the target's directory (created if missing), then renamed
     * over the target, so a reader never sees a half-written file.
     */
    public static void write(Path target, CodeObject code, SourceStamp stamp) throws IOException {
        writeAtomically(target, toBytes(code, stamp));
    }

    /** Writes bytes to {@code target} through a temporary file and a rename. */
    public static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
            Files.write(tmp, data);
            try {
                // Temporary files are private (0600); the result is readable as an ordinary file is.
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its defaults
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void code(CodeObject c, int nesting) {
        if (nesting >= BytecodeFormat.MAX_NESTING) {
            throw new IllegalArgumentException("code objects and constants nested more than "
                    + BytecodeFormat.MAX_NESTING + " deep");
        }
        str(c.name);
        str(c.qualname);
        str(c.filename);
        out.uvarint(c.firstLine);
        out.uvarint(c.argCount);
        out.uvarint(c.posOnlyArgCount);
        out.uvarint(c.kwOnlyArgCount);
        out.uvarint(c.flags);
        out.uvarint(c.maxStack);
        strs(c.varnames);
        strs(c.cellvars);
        strs(c.freevars);
        strs(c.names);
        out.uvarint(c.consts.length);
        for (Object k : c.consts) {
            constant(k, nesting);
        }
        out.uvarint(c.code.length);
        for (int word : c.code) {
            out.u32(word);
        }
        out.uvarint(c.exceptionTable.length);
        for (ExceptionEntry e : c.exceptionTable) {
            out.uvarint(e.start());
            out.uvarint(e.end());
            out.uvarint(e.target());
            out.uvarint(e.depth());
            out.write(e.lasti() ? 1 : 0);
        }
        int prevLine = c.firstLine;
        for (int pc = 0; pc < c.code.length; pc++) {
            int line = c.line(pc);
            out.svarint((long) line - prevLine);
            out.svarint((long) c.endLine(pc) - line);
            out.uvarint(c.column(pc) + 1);
            out.uvarint(c.endColumn(pc) + 1);
            prevLine = line;
        }
    }

    private void constant(Object k, int nesting) {
        if (k == Constants.NONE) {
            out.write(BytecodeFormat.TAG_NONE);
        } else if (k == Constants.ELLIPSIS) {
            out.write(BytecodeFormat.TAG_ELLIPSIS);
        } else if (k instanceof Boolean b) {
            out.write(b ? BytecodeFormat.TAG_TRUE : BytecodeFormat.TAG_FALSE);
        } else if (k instanceof Long l) {
            out.write(BytecodeFormat.TAG_LONG);
            out.svarint(l);
        } else if (k instanceof BigInteger b) {
            out.write(BytecodeFormat.TAG_BIGINT);
            byte[] bytes = b.toByteArray();
            out.uvarint(bytes.length);
            out.write(bytes, 0, bytes.length);
        } else if (k instanceof Double d) {
            out.write(BytecodeFormat.TAG_FLOAT);
            out.i64(Double.doubleToRawLongBits(d));
        } else if (k instanceof Constants.Complex c) {
            out.write(BytecodeFormat.TAG_COMPLEX);
            out.i64(Double.doubleToRawLongBits(c.real()));
            out.i64(Double.doubleToRawLongBits(c.imag()));
        } else if (k instanceof String s) {
            out.write(BytecodeFormat.TAG_STR);
            str(s);
        } else if (k instanceof Constants.Bytes b) {
            out.write(BytecodeFormat.TAG_BYTES);
            out.uvarint(b.value().length);
            out.write(b.value(), 0, b.value().length);
        } else if (k instanceof Constants.Tuple t) {
            nested(BytecodeFormat.TAG_TUPLE, t.items(), nesting);
        } else if (k instanceof Constants.FrozenSet s) {
            nested(BytecodeFormat.TAG_FROZENSET, s.items(), nesting);
        } else if (k instanceof CodeObject c) {
            out.write(BytecodeFormat.TAG_CODE);
            code(c, nesting + 1);
        } else {
            throw new IllegalArgumentException("not a constant: " + k);
        }
    }

    private void nested(int tag, java.util.List<Object> items, int nesting) {
        if (nesting + 1 >= BytecodeFormat.MAX_NESTING) {
            throw new IllegalArgumentException("code objects and constants nested more than "
                    + BytecodeFormat.MAX_NESTING + " deep");
        }
        out.write(tag);
        out.uvarint(items.size());
        for (Object o : items) {
            constant(o, nesting + 1);
        }
    }

    private void strs(String[] a) {
        out.uvarint(a.length);
        for (String s : a) {
            str(s);
        }
    }

    /** Header (length << 1 | utf16): UTF-8 bytes, or UTF-16 code units when the string has a lone surrogate. */
    private void str(String s) {
        if (wellFormed(s)) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.uvarint((long) b.length << 1);
            out.write(b, 0, b.length);
        } else {
            out.uvarint(((long) s.length() << 1) | 1);
            for (int i = 0; i < s.length(); i++) {
                out.u16(s.charAt(i));
            }
        }
    }

    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A byte buffer with the format's primitive encodings. Not a ByteArrayOutputStream: its methods are
     * synchronized, a lock per byte written.
     */
    private static final class Out {
        private byte[] buf = new byte[256];
        private int count;

        void write(int b) {
            if (count == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        void write(byte[] b, int off, int len) {
            if (count + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, count);
        }

        void u16(int v) {
            write(v >>> 8);
            write(v);
        }

        void u32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void i64(long v) {
            u32((int) (v >>> 32));
            u32((int) v);
        }

        /** Unsigned LEB128. */
        void uvarint(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative value " + v + " where the format needs a count");
            }
            while (v >= 0x80) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
        }

        /** Zigzag-encoded signed LEB128. */
        void svarint(long v) {
            long z = (v << 1) ^ (v >> 63);
            while ((z & ~0x7FL) != 0) {
                write((int) (z & 0x7F) | 0x80);
                z >>>= 7;
            }
            write((int) z);
        }
    }
}
