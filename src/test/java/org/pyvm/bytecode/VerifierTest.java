package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyvm.bytecode.Opcode.*;

/** One hand-made bad file per rule of the reader and the verifier, each with its one-line message. */
class VerifierTest {
    static final String FILE = "bad.pyc";

    /** A code object made field by field, bypassing CodeBuilder's checks. */
    static final class Raw {
        String qualname = "m";
        int argCount;
        int posOnly;
        int kwOnly;
        int flags;
        int maxStack = 0;
        String[] varnames = {"a"};
        String[] cellvars = {};
        String[] freevars = {};
        String[] names = {"n"};
        Object[] consts = {Constants.NONE};
        int[] code = {RETURN_CONST.encode(0)};
        ExceptionEntry[] table = {};
        int[] positions;

        Raw code(int... words) {
            this.code = words;
            return this;
        }

        Raw stack(int max) {
            this.maxStack = max;
            return this;
        }

        CodeObject build() {
            int[] pos = positions != null ? positions : new int[4 * code.length];
            if (positions == null) {
                Arrays.fill(pos, 1);
            }
            return new CodeObject(qualname, qualname, "bad.py", 1, argCount, posOnly, kwOnly, flags, maxStack,
                    varnames, cellvars, freevars, names, consts, code, table, pos);
        }
    }

    static int w(Opcode op, int arg) {
        return op.encode(arg);
    }

    static int w(Opcode op) {
        return op.encode(0);
    }

    /** Writes the code object to a file, reads it back, and returns the error message. */
    static String reject(CodeObject c) {
        byte[] bytes = BytecodeWriter.toBytes(c, RoundTripTest.STAMP);
        BadBytecodeException e = assertThrows(BadBytecodeException.class, () -> BytecodeReader.read(bytes, FILE));
        assertOneLine(e);
        return e.getMessage();
    }

    static String reject(byte[] bytes) {
        BadBytecodeException e = assertThrows(BadBytecodeException.class, () -> BytecodeReader.read(bytes, FILE));
        assertOneLine(e);
        return e.getMessage();
    }

    static void assertOneLine(BadBytecodeException e) {
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "no Java stack trace is recorded");
    }

    static void assertRejected(Raw r, String expected) {
        String msg = reject(r.build());
        assertTrue(msg.contains(expected), () -> "expected '" + expected + "' in: " + msg);
    }

    @Test
    void minimalCodeIsAccepted() throws Exception {
        BytecodeReader.read(BytecodeWriter.toBytes(new Raw().build(), RoundTripTest.STAMP), FILE);
    }

    // ---- header rules

    @Test
    void headerRules() throws Exception {
        Raw r = new Raw();
        r.posOnly = 1;
        assertRejected(r, "1 positional-only parameters but only 0 positional");
        r = new Raw();
        r.argCount = 2;
        assertRejected(r, "2 parameters but only 1 local variables");
        r = new Raw();
        r.flags = CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS;
        assertRejected(r, "2 parameters but only 1 local variables");
        r = new Raw();
        r.flags = 0x1000_0000;
        assertRejected(r, "unknown flags 0x10000000");
        assertRejected(new Raw().code(), "no instructions");
        Raw neg = new Raw();
        neg.argCount = -1;
        BadBytecodeException e = assertThrows(BadBytecodeException.class, () -> Verifier.verify(neg.build(), FILE));
        assertTrue(e.getMessage().contains("negative count"));
    }

    // ---- instruction rules

    @Test
    void unknownAndSpecializedOpcodes() {
        assertRejected(new Raw().code(0), "unknown opcode 0");
        assertRejected(new Raw().code(199 | 5 << 8), "unknown opcode 199");
        assertRejected(new Raw().code(w(FOR_ITER_RANGE, 0)), "specialized opcode in a file");
    }

    @Test
    void operandsAreCheckedAgainstTheirPools() {
        assertRejected(new Raw().code(w(NOP, 1), w(RETURN_CONST, 0)), "has argument 1 but takes none");
        assertRejected(new Raw().code(w(RETURN_CONST, 1)), "constant index 1 out of range (1 entries)");
        assertRejected(new Raw().code(w(LOAD_NAME, 1), w(RETURN_VALUE)).stack(1), "name index 1 out of range");
        assertRejected(new Raw().code(w(LOAD_FAST, 1), w(RETURN_VALUE)).stack(1), "local variable index 1 out of range");
        assertRejected(new Raw().code(w(LOAD_DEREF, 0), w(RETURN_VALUE)).stack(1), "cell or free variable index 0");
        assertRejected(new Raw().code(w(JUMP_FORWARD, 5), w(RETURN_CONST, 0)), "jumps to 5, outside the code");
        assertRejected(new Raw().code(w(LOAD_SUPER_ATTR, 4)), "name index 1 out of range");
        assertRejected(new Raw().code(w(BINARY_OP, 26)), "binary operator 26 out of range");
        assertRejected(new Raw().code(w(COMPARE_OP, 6)), "comparison 6 out of range");
        assertRejected(new Raw().code(w(CALL_INTRINSIC_1, 0)), "intrinsic 0 out of range");
        assertRejected(new Raw().code(w(BUILD_SLICE, 4)), "slice argument count 4");
        assertRejected(new Raw().code(w(COPY, 0)), "stack position 0 must be at least 1");
        assertRejected(new Raw().code(w(SWAP, 1)), "does not fit the stack effect");
    }

    @Test
    void jumpDirections() {
        int ret = w(RETURN_CONST, 0);
        assertRejected(new Raw().code(w(NOP), w(JUMP_FORWARD, 0), ret), "jump to 0 goes the wrong way");
        assertRejected(new Raw().code(w(JUMP_BACKWARD, 1), ret), "jump to 1 goes the wrong way");
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(POP_JUMP_IF_FALSE, 1), ret).stack(1), "goes the wrong way");
    }

    @Test
    void superinstructionNeedsItsPartner() {
        assertRejected(new Raw().code(w(LOAD_FAST_LOAD_FAST, 0), w(LOAD_CONST, 0), w(RETURN_CONST, 0)).stack(2),
                "superinstruction not followed by [LOAD_FAST]");
        assertRejected(new Raw().code(w(LOAD_FAST), w(LOAD_FAST), w(COMPARE_AND_BRANCH, 0)).stack(2),
                "superinstruction not followed by");
    }

    @Test
    void yieldRules() {
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(YIELD_VALUE, 0), w(RETURN_VALUE)).stack(1),
                "yield outside a generator or coroutine");
        Raw r = new Raw().code(w(LOAD_CONST, 0), w(YIELD_VALUE, 1), w(RETURN_VALUE)).stack(1);
        r.flags = CodeObject.CO_GENERATOR;
        assertRejected(r, "not followed by a JUMP_BACKWARD_NO_INTERRUPT to a SEND");
    }

    // ---- exception table rules

    @Test
    void exceptionTableRules() {
        int[] code = {w(NOP), w(NOP), w(RETURN_CONST, 0), w(RERAISE, 0)};
        Raw r = new Raw().code(code).stack(1);
        r.table = new ExceptionEntry[]{new ExceptionEntry(1, 1, 3, 0, false)};
        assertRejected(r, "range is empty or outside the code");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 5, 3, 0, false)};
        assertRejected(r, "range is empty or outside the code (4 instructions)");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 2, 3, 0, false), new ExceptionEntry(1, 3, 3, 0, false)};
        assertRejected(r, "overlaps or is out of order");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 2, 4, 0, false)};
        assertRejected(r, "handler outside the code");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 2, 3, 2, false)};
        assertRejected(r, "depth 2 exceeds max stack 1");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 2, 3, 1, false)};
        r.maxStack = 2;
        assertRejected(r, "exception handler depth 1 exceeds the stack depth 0 of a covered instruction");
        r.table = new ExceptionEntry[]{new ExceptionEntry(0, 2, 2, 0, false)};
        r.maxStack = 1;
        assertRejected(r, "offset 2 RETURN_CONST: stack depth mismatch: 1 on one path, 0 coming from offset 1");
    }

    @Test
    void positionsMustBeValid() {
        Raw r = new Raw();
        r.positions = new int[]{1, 1, -2, 3};
        CodeObject c = r.build();
        BadBytecodeException e = assertThrows(BadBytecodeException.class, () -> Verifier.verify(c, FILE));
        String msg = e.getMessage();
        assertTrue(msg.contains("invalid source position"), msg);
    }

    // ---- stack flow rules

    @Test
    void stackFlowRules() {
        assertRejected(new Raw().code(w(POP_TOP), w(RETURN_CONST, 0)), "offset 0 POP_TOP: stack underflow: "
                + "POP_TOP pops 1 but the stack holds 0");
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(POP_JUMP_IF_TRUE, 3), w(LOAD_CONST, 0),
                w(RETURN_CONST, 0)).stack(1), "offset 3 RETURN_CONST: stack depth mismatch: 0 on one path, 1 coming from offset 2");
        assertRejected(new Raw().code(w(NOP)), "execution falls off the end of the code after NOP");
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(RETURN_VALUE)), "declared max stack 0 but the code reaches 1");
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(RETURN_VALUE)).stack(1000),
                "declared max stack 1000 but the code reaches 1");
        assertRejected(new Raw().code(w(LOAD_CONST, 0), w(BUILD_LIST, 2), w(RETURN_VALUE)).stack(1),
                "BUILD_LIST pops 2 but the stack holds 1");
    }

    @Test
    void hostileNamesStayOnOneLine() {
        Raw r = new Raw().code(w(POP_TOP), w(RETURN_CONST, 0));
        r.qualname = "evil\nname\u2028" + "x".repeat(2000);
        String msg = reject(r.build());
        assertTrue(msg.startsWith(FILE + ": code object 'evil\\x0aname\\u2028xxx"), msg);
        assertTrue(msg.length() < 900, "long names are cut");
    }

    @Test
    void nestedCodeObjectsAreVerified() {
        Raw inner = new Raw().code(w(POP_TOP), w(RETURN_CONST, 0));
        inner.qualname = "outer.<locals>.inner";
        Raw outer = new Raw();
        outer.consts = new Object[]{Constants.NONE, inner.build()};
        String msg = reject(outer.build());
        assertEquals(FILE + ": code object 'outer.<locals>.inner' (line 1): offset 0 POP_TOP: stack underflow: "
                + "POP_TOP pops 1 but the stack holds 0", msg);
    }

    // ---- file-level rules

    private static byte[] good() {
        return BytecodeWriter.toBytes(Samples.module(), RoundTripTest.STAMP);
    }

    /** A file with a correct header and checksum around an arbitrary body. */
    static byte[] withBody(byte[] body) {
        byte[] file = Arrays.copyOf(good(), BytecodeFormat.HEADER_SIZE + body.length);
        System.arraycopy(body, 0, file, BytecodeFormat.HEADER_SIZE, body.length);
        CRC32 crc = new CRC32();
        crc.update(body);
        putU32(file, 28, body.length);
        putU32(file, 32, (int) crc.getValue());
        return file;
    }

    static void putU32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** A body encoder for hostile bodies. */
    static final class Body extends ByteArrayOutputStream {
        Body u(long v) {
            while (v >= 0x80) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
            return this;
        }

        Body s(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u((long) b.length << 1);
            write(b, 0, b.length);
            return this;
        }

        Body b(int... bytes) {
            for (int x : bytes) {
                write(x);
            }
            return this;
        }

        /** names, header ints and empty name lists, up to the constant count. */
        Body prefix() {
            return s("m").s("m").s("f.py").u(1).u(0).u(0).u(0).u(0).u(0).u(0).u(0).u(0).u(0);
        }
    }

    @Test
    void headerProblems() {
        assertEquals(FILE + ": not a pyvm bytecode file (bad magic number)", reject(new byte[0]));
        byte[] cpython = {(byte) 0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(FILE + ": not a pyvm bytecode file (bad magic number)", reject(cpython));
        assertEquals(FILE + ": truncated file (header incomplete)", reject(Arrays.copyOf(good(), 20)));
        byte[] v = good();
        v[9] = 9;
        assertEquals(FILE + ": unsupported bytecode format version 9 (this pyvm reads version 1); recompile the source",
                reject(v));
        byte[] f = good();
        f[11] = 4;
        assertEquals(FILE + ": invalid header flags 0x4", reject(f));
        f[11] = 2;
        assertEquals(FILE + ": invalid header flags 0x2", reject(f));
    }

    @Test
    void lengthAndChecksumProblems() {
        byte[] g = good();
        assertTrue(reject(Arrays.copyOf(g, g.length - 1)).contains("truncated file ("));
        assertTrue(reject(Arrays.copyOf(g, g.length + 3)).contains("3 unexpected bytes after the body"));
        byte[] c = g.clone();
        c[c.length / 2] ^= 0x10;
        assertEquals(FILE + ": checksum mismatch: the file is corrupted", reject(c));
        byte[] huge = g.clone();
        putU32(huge, 28, 0xFFFF_FFF0);
        assertTrue(reject(huge).contains("truncated file"));
    }

    @Test
    void hostileBodies() {
        // Declared counts far beyond the file: rejected before allocating.
        assertTrue(reject(withBody(new Body().prefix().u(2_000_000_000L).toByteArray()))
                .contains("declared 2000000000 constants but the file is too short for them"));
        assertTrue(reject(withBody(new Body().s("m").s("m").s("f").u(1).u(0).u(0).u(0).u(0).u(0)
                .u(Integer.MAX_VALUE).toByteArray())).contains("declared 2147483647 local variables"));
        assertTrue(reject(withBody(new Body().u(1L << 40).toByteArray()))
                .contains("string of 549755813888 bytes runs past the end"));
        assertTrue(reject(withBody(new Body().prefix().u(1).b('Z').toByteArray()))
                .contains("unknown constant tag 0x5a"));
        assertTrue(reject(withBody(new Body().u(4).b(0xC3, 0x28).toByteArray())).contains("invalid UTF-8"));
        assertTrue(reject(withBody(new Body().b(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01)
                .toByteArray())).contains("variable-length integer too long"));
        assertTrue(reject(withBody(new Body().s("m").s("m").s("f").u(1L << 33).toByteArray()))
                .contains("first line 8589934592 is too large"));
        assertTrue(reject(withBody(new Body().prefix().u(1).b('I').u(0).toByteArray()))
                .contains("empty integer constant"));
        assertTrue(reject(withBody(new Body().prefix().u(0).u(1).b(0, 0, 0x0B, 0x0B).u(1).u(0).u(1).u(0).u(0).b(7)
                .toByteArray())).contains("invalid lasti flag 7"));
        assertTrue(reject(withBody(new Body().prefix().toByteArray())).contains("truncated file (1 more bytes needed)"));
        Body deep = new Body().prefix().u(1);
        for (int i = 0; i < 300; i++) {
            deep.b('(').u(1);
        }
        deep.b('N');
        assertTrue(reject(withBody(deep.toByteArray())).contains("nested more than 200 deep"));
        byte[] body = Arrays.copyOfRange(good(), BytecodeFormat.HEADER_SIZE, good().length);
        byte[] longer = Arrays.copyOf(body, body.length + 1);
        assertTrue(reject(withBody(longer)).contains("1 unexpected bytes after the module's code object"));
    }

    @Test
    void writerRefusesWhatTheReaderWouldReject() {
        Object k = Constants.NONE;
        for (int i = 0; i < 300; i++) {
            k = Constants.Tuple.of(k);
        }
        Raw r = new Raw();
        r.consts = new Object[]{k};
        CodeObject c = r.build();
        assertThrows(IllegalArgumentException.class, () -> BytecodeWriter.toBytes(c, RoundTripTest.STAMP));
    }
}
