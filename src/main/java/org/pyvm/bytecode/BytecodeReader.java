package org.pyvm.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads bytecode files ({@code docs/bytecode.md}) without trusting them: every length is checked against the bytes
 * that remain before anything is allocated, nesting is bounded, and {@link #read} runs the {@link Verifier}.
 * Every problem is a {@link BadBytecodeException} with a one-line message naming the file.
 */
public final class BytecodeReader {
    private final byte[] data;
    private final String file;
    private int pos;
    private final int end;

    private BytecodeReader(byte[] data, String file, int start, int end) {
        this.data = data;
        this.file = file;
        this.pos = start;
        this.end = end;
    }

    /** Reads and verifies the file at {@code path}; the file name in messages is {@code path} as given. */
    public static BytecodeFile read(Path path) throws IOException, BadBytecodeException {
        String name = path.toString();
        long size = Files.size(path);
        if (size > BytecodeFormat.MAX_FILE_SIZE) {
            throw new BadBytecodeException(name, "file is too large (" + size + " bytes)");
        }
        byte[] data;
        try (InputStream in = Files.newInputStream(path)) {
            data = in.readNBytes((int) BytecodeFormat.MAX_FILE_SIZE + 1);
        }
        if (data.length > BytecodeFormat.MAX_FILE_SIZE) {
            throw new BadBytecodeException(name, "file is too large");
        }
        return read(data, name);
    }

    /** Parses and verifies a bytecode file's bytes. */
    public static BytecodeFile read(byte[] data, String file) throws BadBytecodeException {
        BytecodeFile f = parse(data, file);
        Verifier.verify(f.code(), file);
        return f;
    }

    /** Parses without verifying (for tools that show broken files; never execute the result). */
    public static BytecodeFile parse(byte[] data, String file) throws BadBytecodeException {
        try {
            return parseChecked(data, file);
        } catch (StackOverflowError e) {
            throw new BadBytecodeException(file, "constants nested too deeply");
        } catch (RuntimeException e) {
            // A reader bug, never expected: still a clean error for the user (the fuzz test looks for this text).
            throw new BadBytecodeException(file, "malformed file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads only the header: version and source stamp (to decide whether a cache file is fresh). */
    public static BytecodeFile readHeader(byte[] data, String file) throws BadBytecodeException {
        BytecodeReader r = new BytecodeReader(data, file, 0, data.length);
        return new BytecodeFile(BytecodeFormat.VERSION, r.header(), null);
    }

    private static BytecodeFile parseChecked(byte[] data, String file) throws BadBytecodeException {
        BytecodeReader h = new BytecodeReader(data, file, 0, data.length);
        SourceStamp stamp = h.header();
        long bodyLength = h.u32() & 0xFFFF_FFFFL;
        int crc = h.u32();
        long actual = data.length - (long) BytecodeFormat.HEADER_SIZE;
        if (actual < bodyLength) {
            throw new BadBytecodeException(file, "truncated file (" + actual + " of " + bodyLength
                    + " body bytes present)");
        }
        if (actual > bodyLength) {
            throw new BadBytecodeException(file, (actual - bodyLength) + " unexpected bytes after the body");
        }
        CRC32 c = new CRC32();
        c.update(data, BytecodeFormat.HEADER_SIZE, (int) bodyLength);
        if ((int) c.getValue() != crc) {
            throw new BadBytecodeException(file, "checksum mismatch: the file is corrupted");
        }
        BytecodeReader r = new BytecodeReader(data, file, BytecodeFormat.HEADER_SIZE, data.length);
        CodeObject code = r.code(0);
        if (r.pos != r.end) {
            throw r.bad((r.end - r.pos) + " unexpected bytes after the module's code object");
        }
        return new BytecodeFile(BytecodeFormat.VERSION, stamp, code);
    }

    private SourceStamp header() throws BadBytecodeException {
        if (data.length < 8 || !Arrays.equals(data, 0, 8, BytecodeFormat.MAGIC, 0, 8)) {
            throw new BadBytecodeException(file, "not a pyvm bytecode file (bad magic number)");
        }
        if (data.length < BytecodeFormat.HEADER_SIZE) {
            throw new BadBytecodeException(file, "truncated file (header incomplete)");
        }
        pos = 8;
        int version = u16();
        if (version != BytecodeFormat.VERSION) {
            throw new BadBytecodeException(file, "unsupported bytecode format version " + version
                    + " (this pyvm reads version " + BytecodeFormat.VERSION + "); recompile the source");
        }
        int flags = u16();
        if ((flags & ~(BytecodeFormat.FLAG_HASH | BytecodeFormat.FLAG_CHECK_SOURCE)) != 0
                || flags == BytecodeFormat.FLAG_CHECK_SOURCE) {
            throw new BadBytecodeException(file, "invalid header flags 0x" + Integer.toHexString(flags));
        }
        if ((flags & BytecodeFormat.FLAG_HASH) != 0) {
            byte[] digest = Arrays.copyOfRange(data, pos, pos + SourceStamp.Hash.LENGTH);
            pos += SourceStamp.Hash.LENGTH;
            return new SourceStamp.Hash(digest, (flags & BytecodeFormat.FLAG_CHECK_SOURCE) != 0);
        }
        long mtime = i64();
        long size = i64();
        return new SourceStamp.Timestamp(mtime, size);
    }

    // ---- the code-object tree

    private CodeObject code(int nesting) throws BadBytecodeException {
        if (nesting >= BytecodeFormat.MAX_NESTING) {
            throw bad("code objects and constants nested more than " + BytecodeFormat.MAX_NESTING + " deep");
        }
        String name = str();
        String qualname = str();
        String filename = str();
        int firstLine = uint("first line");
        int argCount = uint("argument count");
        int posOnly = uint("positional-only argument count");
        int kwOnly = uint("keyword-only argument count");
        int flags = uint("flags");
        int maxStack = uint("max stack");
        String[] varnames = strs("local variable");
        String[] cellvars = strs("cell variable");
        String[] freevars = strs("free variable");
        String[] names = strs("name");
        int nconsts = count(1, "constants");
        Object[] consts = new Object[nconsts];
        for (int i = 0; i < nconsts; i++) {
            consts[i] = constant(nesting);
        }
        int n = count(4 + 4, "instructions"); // 4 bytes per word, at least 4 per position entry
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            code[i] = u32();
        }
        int nentries = count(5, "exception table entries");
        ExceptionEntry[] table = new ExceptionEntry[nentries];
        for (int i = 0; i < nentries; i++) {
            int start = uint("exception range start");
            int stop = uint("exception range end");
            int target = uint("handler target");
            int depth = uint("handler depth");
            int lasti = u8();
            if (lasti > 1) {
                throw bad("invalid lasti flag " + lasti + " in exception table entry " + i);
            }
            table[i] = new ExceptionEntry(start, stop, target, depth, lasti == 1);
        }
        int[] positions = new int[4 * n];
        long prevLine = firstLine;
        for (int pc = 0; pc < n; pc++) {
            long line = prevLine + svarint();
            long endLine = line + svarint();
            long col = uvarint() - 1;
            long endCol = uvarint() - 1;
            if (line < -1 || line > Integer.MAX_VALUE || endLine < -1 || endLine > Integer.MAX_VALUE
                    || col > Integer.MAX_VALUE || endCol > Integer.MAX_VALUE) {
                throw bad("invalid source position for instruction " + pc + " of " + name);
            }
            positions[4 * pc] = (int) line;
            positions[4 * pc + 1] = (int) endLine;
            positions[4 * pc + 2] = (int) col;
            positions[4 * pc + 3] = (int) endCol;
            prevLine = line;
        }
        return new CodeObject(name, qualname, filename, firstLine, argCount, posOnly, kwOnly, flags, maxStack,
                varnames, cellvars, freevars, names, consts, code, table, positions);
    }

    private Object constant(int nesting) throws BadBytecodeException {
        int at = pos;
        int tag = u8();
        switch (tag) {
            case BytecodeFormat.TAG_NONE:
                return Constants.NONE;
            case BytecodeFormat.TAG_ELLIPSIS:
                return Constants.ELLIPSIS;
            case BytecodeFormat.TAG_FALSE:
                return Boolean.FALSE;
            case BytecodeFormat.TAG_TRUE:
                return Boolean.TRUE;
            case BytecodeFormat.TAG_LONG:
                return svarint();
            case BytecodeFormat.TAG_BIGINT: {
                int len = count(1, "integer bytes");
                if (len == 0) {
                    throw bad("empty integer constant");
                }
                BigInteger b = new BigInteger(data, pos, len);
                pos += len;
                return b;
            }
            case BytecodeFormat.TAG_FLOAT:
                return Double.longBitsToDouble(i64());
            case BytecodeFormat.TAG_COMPLEX: {
                double re = Double.longBitsToDouble(i64());
                double im = Double.longBitsToDouble(i64());
                return new Constants.Complex(re, im);
            }
            case BytecodeFormat.TAG_STR:
                return str();
            case BytecodeFormat.TAG_BYTES: {
                int len = count(1, "bytes");
                byte[] b = Arrays.copyOfRange(data, pos, pos + len);
                pos += len;
                return new Constants.Bytes(b);
            }
            case BytecodeFormat.TAG_TUPLE:
            case BytecodeFormat.TAG_FROZENSET: {
                if (nesting + 1 >= BytecodeFormat.MAX_NESTING) {
                    throw bad("code objects and constants nested more than " + BytecodeFormat.MAX_NESTING + " deep");
                }
                int len = count(1, "tuple items");
                List<Object> items = new ArrayList<>(len);
                for (int i = 0; i < len; i++) {
                    items.add(constant(nesting + 1));
                }
                return tag == BytecodeFormat.TAG_TUPLE ? new Constants.Tuple(items) : new Constants.FrozenSet(items);
            }
            case BytecodeFormat.TAG_CODE:
                return code(nesting + 1);
            default:
                pos = at;
                throw bad("unknown constant tag 0x" + Integer.toHexString(tag));
        }
    }

    // ---- primitives

    private BadBytecodeException bad(String problem) {
        return new BadBytecodeException(file, problem + " (at byte " + pos + ")");
    }

    private void need(long n) throws BadBytecodeException {
        if (n > end - pos) {
            throw bad("truncated file (" + n + " more bytes needed)");
        }
    }

    private int u8() throws BadBytecodeException {
        need(1);
        return data[pos++] & 0xFF;
    }

    private int u16() throws BadBytecodeException {
        need(2);
        int v = (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    private int u32() throws BadBytecodeException {
        need(4);
        int v = (data[pos] & 0xFF) << 24 | (data[pos + 1] & 0xFF) << 16 | (data[pos + 2] & 0xFF) << 8
                | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    private long i64() throws BadBytecodeException {
        long hi = u32() & 0xFFFF_FFFFL;
        long lo = u32() & 0xFFFF_FFFFL;
        return hi << 32 | lo;
    }

    /** Unsigned LEB128 of at most 63 bits (9 bytes). */
    private long uvarint() throws BadBytecodeException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 56) {
                if (b >= 0x80) {
                    throw bad("variable-length integer too long");
                }
                return v | (long) b << 56;
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    /** Zigzag signed LEB128 of 64 bits (10 bytes). */
    private long svarint() throws BadBytecodeException {
        long z = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63) {
                if (b > 1) {
                    throw bad("variable-length integer too long");
                }
                z |= (long) b << 63;
                break;
            }
            z |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return (z >>> 1) ^ -(z & 1);
    }

    /** A non-negative int field. */
    private int uint(String what) throws BadBytecodeException {
        long v = uvarint();
        if (v > Integer.MAX_VALUE) {
            throw bad(what + " " + v + " is too large");
        }
        return (int) v;
    }

    /** A count of items each taking at least {@code minBytes}: never more than the remaining bytes allow. */
    private int count(int minBytes, String what) throws BadBytecodeException {
        long v = uvarint();
        if (v > (end - pos) / minBytes) {
            throw bad("declared " + v + " " + what + " but the file is too short for them");
        }
        return (int) v;
    }

    private String[] strs(String what) throws BadBytecodeException {
        int n = count(1, what + "s");
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = str();
        }
        return a;
    }

    private String str() throws BadBytecodeException {
        long h = uvarint();
        long len = h >>> 1;
        if ((h & 1) == 0) {
            if (len > end - pos) {
                throw bad("string of " + len + " bytes runs past the end of the file");
            }
            int n = (int) len;
            try {
                String s = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data, pos, n)).toString();
                pos += n;
                return s;
            } catch (CharacterCodingException e) {
                throw bad("invalid UTF-8 in a string");
            }
        }
        if (len > (end - pos) / 2) {
            throw bad("string of " + len + " characters runs past the end of the file");
        }
        char[] cs = new char[(int) len];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = (char) u16();
        }
        return new String(cs);
    }
}
