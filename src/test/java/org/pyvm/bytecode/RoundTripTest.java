package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RoundTripTest {
    static final SourceStamp STAMP = new SourceStamp.Timestamp(1_700_000_000_123L, 4321);

    private static CodeObject roundTrip(CodeObject code, SourceStamp stamp) throws BadBytecodeException {
        byte[] bytes = BytecodeWriter.toBytes(code, stamp);
        BytecodeFile f = BytecodeReader.read(bytes, "x.pyc");
        assertEquals(stamp, f.stamp());
        assertEquals(BytecodeFormat.VERSION, f.version());
        assertArrayEquals(bytes, BytecodeWriter.toBytes(f.code(), stamp), "writing is deterministic");
        return f.code();
    }

    @Test
    void samplesRoundTripExactly() throws Exception {
        for (CodeObject c : List.of(Samples.module(), Samples.tryExceptWith(), Samples.yieldFrom(), Samples.closure())) {
            CodeObject back = roundTrip(c, STAMP);
            assertEquals(c, back);
            assertNotSame(c, back);
            assertEquals(Disassembler.disassemble(c), Disassembler.disassemble(back));
        }
    }

    @Test
    void everyConstantKindSurvives() throws Exception {
        CodeObject m = roundTrip(Samples.module(), STAMP);
        Object k = null;
        for (Object o : m.consts) {
            if (o instanceof Constants.Tuple t && t.items().size() > 10) {
                k = t;
            }
        }
        assertEquals(Samples.everyConstant(), k);
        List<Object> items = ((Constants.Tuple) k).items();
        assertTrue(items.contains("lone \udc80 surrogate"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) items.get(9)));
    }

    @Test
    void hashStampsRoundTrip() throws Exception {
        byte[] source = "print('hi')\n".getBytes();
        for (boolean check : new boolean[]{true, false}) {
            SourceStamp.Hash h = SourceStamp.hash(source, check);
            assertEquals(Samples.closure(), roundTrip(Samples.closure(), h));
        }
    }

    @Test
    void positionsWithUnknownsAndLargeValues() throws Exception {
        CodeBuilder b = new CodeBuilder("m", "m", "big.py", 100_000);
        b.position(-1, -1, -1, -1).emit(Opcode.NOP);
        b.position(3, 200_000, 0, 70_000).emit(Opcode.NOP);
        b.position(Integer.MAX_VALUE, Integer.MAX_VALUE, 5, -1).emit(Opcode.NOP);
        b.position(1, 1, 0, 0).emit(Opcode.RETURN_CONST, b.constant(Constants.NONE));
        CodeObject c = b.build();
        assertEquals(c, roundTrip(c, STAMP));
    }

    @Test
    void atomicFileWriteAndRead(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, "x = 1\n");
        Path target = BytecodeFormat.cachePath(src);
        assertEquals("mod.pyvm-" + BytecodeFormat.VERSION + ".pyc", target.getFileName().toString());
        assertEquals("__pycache__", target.getParent().getFileName().toString());
        SourceStamp stamp = SourceStamp.of(src);
        BytecodeWriter.write(target, Samples.module(), stamp);
        BytecodeWriter.write(target, Samples.module(), stamp); // replaces
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        BytecodeFile f = BytecodeReader.read(target);
        assertEquals(Samples.module(), f.code());
        assertTrue(f.stamp().matches(src));
        Files.writeString(src, "x = 22\n");
        assertFalse(f.stamp().matches(src));
        assertEquals(stamp, BytecodeReader.readHeader(Files.readAllBytes(target), "h").stamp());
    }
}
