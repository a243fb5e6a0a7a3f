package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutates valid files thousands of times and loads each one: the only allowed outcomes are a verified code
 * object or a BadBytecodeException with a one-line message naming the file. Most mutants get a fixed checksum so
 * that they reach the parser and the verifier instead of stopping at the CRC.
 */
class FuzzTest {
    private static final int MUTANTS = 100_000;
    private static final long BUDGET_MS = 20_000;

    @Test
    void mutatedFilesNeverCrashTheLoader() {
        List<byte[]> seeds = List.of(
                BytecodeWriter.toBytes(Samples.module(), RoundTripTest.STAMP),
                BytecodeWriter.toBytes(Samples.tryExceptWith(), SourceStamp.hash(new byte[]{1}, true)),
                BytecodeWriter.toBytes(Samples.yieldFrom(), RoundTripTest.STAMP),
                BytecodeWriter.toBytes(Samples.closure(), RoundTripTest.STAMP));
        Random rnd = new Random(20240601);
        long start = System.currentTimeMillis();
        int accepted = 0;
        int rejected = 0;
        int i = 0;
        for (; i < MUTANTS && System.currentTimeMillis() - start < BUDGET_MS; i++) {
            byte[] seed = seeds.get(rnd.nextInt(seeds.size()));
            byte[] m = mutate(seed, rnd);
            if (rnd.nextInt(10) < 9 && m.length >= BytecodeFormat.HEADER_SIZE) {
                fixHeader(m);
            }
            try {
                BytecodeFile f = BytecodeReader.read(m, "fuzz.pyc");
                accepted++;
                Disassembler.disassemble(f.code()); // a verified file can always be shown
                assertEquals(f.code(), BytecodeReader.read(BytecodeWriter.toBytes(f.code(), f.stamp()), "again").code());
            } catch (BadBytecodeException e) {
                rejected++;
                String msg = e.getMessage();
                assertTrue(msg.startsWith("fuzz.pyc: "), msg);
                assertFalse(msg.contains("\n"), msg);
                assertFalse(msg.contains("malformed file ("), () -> "reader bug surfaced as: " + msg);
            } catch (Throwable t) {
                fail("mutant " + i + " made the loader throw " + t, t);
            }
        }
        assertTrue(i >= 2_000, "at least a few thousand mutants in the budget, got " + i);
        assertTrue(rejected > accepted, "most mutants are rejected");
        System.out.println("FuzzTest: " + i + " mutants, " + accepted + " accepted, " + rejected + " rejected in "
                + (System.currentTimeMillis() - start) + " ms");
    }

    /** Mutations of instructions, exception entries and max stack, straight into the verifier. */
    @Test
    void mutatedCodeObjectsNeverCrashTheVerifier() {
        List<CodeObject> seeds = List.of(Samples.tryExceptWith(), Samples.yieldFrom(), Samples.closure());
        Opcode[] ops = Opcode.values();
        Random rnd = new Random(7);
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            CodeObject c = seeds.get(rnd.nextInt(seeds.size()));
            int[] code = c.code.clone();
            ExceptionEntry[] table = c.exceptionTable.clone();
            int maxStack = c.maxStack;
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    Opcode op = ops[rnd.nextInt(ops.length)];
                    int arg = rnd.nextInt(4) == 0 ? rnd.nextInt(1 << 24) : rnd.nextInt(code.length + 2);
                    code[rnd.nextInt(code.length)] = op.encode(arg);
                }
                case 1 -> code[rnd.nextInt(code.length)] = rnd.nextInt();
                case 2 -> {
                    if (table.length > 0) {
                        int k = rnd.nextInt(table.length);
                        ExceptionEntry e = table[k];
                        int v = rnd.nextInt(code.length + 3) - 1;
                        table[k] = switch (rnd.nextInt(5)) {
                            case 0 -> new ExceptionEntry(v, e.end(), e.target(), e.depth(), e.lasti());
                            case 1 -> new ExceptionEntry(e.start(), v, e.target(), e.depth(), e.lasti());
                            case 2 -> new ExceptionEntry(e.start(), e.end(), v, e.depth(), e.lasti());
                            case 3 -> new ExceptionEntry(e.start(), e.end(), e.target(), v, e.lasti());
                            default -> new ExceptionEntry(e.start(), e.end(), e.target(), e.depth(), !e.lasti());
                        };
                    }
                }
                default -> maxStack += rnd.nextBoolean() ? 1 : -1;
            }
            CodeObject m = new CodeObject(c.name, c.qualname, c.filename, c.firstLine, c.argCount,
                    c.posOnlyArgCount, c.kwOnlyArgCount, c.flags, maxStack, c.varnames, c.cellvars, c.freevars,
                    c.names, c.consts.clone(), code, table, c.positions);
            try {
                Verifier.verify(m, "fuzz.pyc");
                accepted++;
                Disassembler.disassemble(m);
            } catch (BadBytecodeException e) {
                assertTrue(e.getMessage().startsWith("fuzz.pyc: code object '"), e.getMessage());
            } catch (Throwable t) {
                fail("mutant " + i + " made the verifier throw " + t, t);
            }
        }
        assertTrue(accepted < 50_000);
    }

    private static byte[] mutate(byte[] seed, Random rnd) {
        byte[] m = seed.clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int body = BytecodeFormat.HEADER_SIZE;
            int at = m.length <= body ? rnd.nextInt(Math.max(1, m.length))
                    : body + rnd.nextInt(m.length - body);
            switch (rnd.nextInt(7)) {
                case 0 -> m[at] ^= (byte) (1 << rnd.nextInt(8));                 // bit flip
                case 1 -> m[at] = (byte) rnd.nextInt(256);                        // random byte
                case 2 -> m[at] = (byte) (rnd.nextBoolean() ? 0xFF : 0x00);        // extreme byte
                case 3 -> m = Arrays.copyOf(m, Math.max(0, at));                  // truncate
                case 4 -> {                                                       // insert bytes
                    int k = 1 + rnd.nextInt(4);
                    byte[] n = new byte[m.length + k];
                    System.arraycopy(m, 0, n, 0, at);
                    for (int j = 0; j < k; j++) {
                        n[at + j] = (byte) rnd.nextInt(256);
                    }
                    System.arraycopy(m, at, n, at + k, m.length - at);
                    m = n;
                }
                case 5 -> {                                                       // delete bytes
                    int k = Math.min(1 + rnd.nextInt(4), m.length - at);
                    byte[] n = new byte[m.length - k];
                    System.arraycopy(m, 0, n, 0, at);
                    System.arraycopy(m, at + k, n, at, m.length - at - k);
                    m = n;
                }
                default -> {                                                      // bump an instruction-like byte
                    if (m.length > 0) {
                        m[at] = (byte) (m[at] + (rnd.nextBoolean() ? 1 : -1));
                    }
                }
            }
            if (m.length == 0) {
                break;
            }
        }
        return m;
    }

    /** Makes the declared body length and checksum match the mutated body. */
    private static void fixHeader(byte[] m) {
        int len = m.length - BytecodeFormat.HEADER_SIZE;
        CRC32 crc = new CRC32();
        crc.update(m, BytecodeFormat.HEADER_SIZE, len);
        VerifierTest.putU32(m, 28, len);
        VerifierTest.putU32(m, 32, (int) crc.getValue());
    }
}
