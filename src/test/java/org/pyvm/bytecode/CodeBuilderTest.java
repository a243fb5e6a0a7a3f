package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyvm.bytecode.Opcode.*;

class CodeBuilderTest {
    private static CodeBuilder builder() {
        return new CodeBuilder("f", "C.f", "b.py", 4);
    }

    @Test
    void constantsAndNamesAreDeduplicatedAsCPythonDoes() {
        CodeBuilder b = builder();
        int one = b.constant(1L);
        assertEquals(one, b.constant(1));
        assertEquals(one, b.constant(BigInteger.ONE));
        assertNotEquals(one, b.constant(1.0));
        assertNotEquals(one, b.constant(true));
        assertNotEquals(b.constant(0.0), b.constant(-0.0));
        assertEquals(b.constant(Constants.Tuple.of(1L, "a")), b.constant(Constants.Tuple.of(1, "a")));
        assertEquals(b.constant(Double.NaN), b.constant(Double.NaN));
        CodeObject inner = new CodeBuilder("g", "g", "b.py", 5).emit(RETURN_CONST, 0).line(5).build();
        assertEquals(b.constant(inner), b.constant(inner));
        assertEquals(0, b.name("x"));
        assertEquals(1, b.name("y"));
        assertEquals(0, b.name("x"));
        assertEquals(0, b.local("self"));
        assertEquals(1, b.local("v"));
        assertEquals(0, b.local("self"));
        assertThrows(IllegalArgumentException.class, () -> b.constant(null));
    }

    @Test
    void cellsIndexCellvarsThenFreevars() {
        CodeBuilder b = builder().cells(List.of("a", "b"), List.of("c"));
        assertEquals(1, b.cell("b"));
        assertEquals(2, b.cell("c"));
        assertThrows(IllegalArgumentException.class, () -> b.cell("zz"));
    }

    @Test
    void labelsResolveForwardAndBackwardAndPositionsAreRecorded() throws Exception {
        // while x: x = x - 1
        CodeBuilder b = builder().argCount(1).fuse(false);
        int x = b.local("x");
        CodeBuilder.Label top = b.newLabel();
        CodeBuilder.Label end = b.newLabel();
        b.bind(top).position(5, 5, 10, 11).emit(LOAD_FAST, x).emit(POP_JUMP_IF_FALSE, end);
        b.position(6, 6, 8, 13).emit(LOAD_FAST, x).emit(LOAD_CONST, b.constant(1L))
                .emit(BINARY_OP, Operands.NB_SUBTRACT).emit(STORE_FAST, x);
        b.jump(top);
        b.bind(end).line(7).emit(RETURN_CONST, b.constant(Constants.NONE));
        CodeObject c = b.build();
        Verifier.verify(c, "b.pyc");
        assertEquals(JUMP_BACKWARD, Opcode.of(c.code[6]));
        assertEquals(0, Opcode.argOf(c.code[6]));
        assertEquals(7, Opcode.argOf(c.code[1]));
        assertEquals(2, c.maxStack);
        assertEquals(6, c.line(2));
        assertEquals(8, c.column(2));
        assertEquals(13, c.endColumn(5));
        assertEquals(-1, c.column(7));
        assertEquals(1, c.argCount);
        assertEquals("C.f", c.qualname);
    }

    @Test
    void superinstructionsAreFusedInPlace() throws Exception {
        CodeBuilder b = builder().argCount(2);
        int a = b.local("a");
        int c = b.local("b");
        CodeBuilder.Label no = b.newLabel();
        b.emit(LOAD_FAST, a).emit(LOAD_FAST, c).emit(COMPARE_OP, Operands.CMP_LT).emit(POP_JUMP_IF_FALSE, no);
        b.emit(LOAD_FAST, a).emit(LOAD_FAST, c).emit(LOAD_FAST, a).emit(BUILD_TUPLE, 3).emit(RETURN_VALUE);
        b.bind(no).emit(RETURN_CONST, b.constant(Constants.NONE));
        CodeObject code = b.build();
        Verifier.verify(code, "b.pyc");
        assertEquals(List.of(LOAD_FAST_LOAD_FAST, LOAD_FAST, COMPARE_AND_BRANCH, POP_JUMP_IF_FALSE,
                LOAD_FAST_LOAD_FAST, LOAD_FAST, LOAD_FAST, BUILD_TUPLE, RETURN_VALUE, RETURN_CONST), ops(code));
        assertEquals(1, Opcode.argOf(code.code[1]), "the partner keeps its argument");
        assertEquals(List.of(LOAD_FAST, LOAD_FAST, COMPARE_OP, POP_JUMP_IF_FALSE),
                ops(copy(cb -> cb.fuse(false))).subList(0, 4));
        assertTrue(code.cacheIndex[2] >= 0 && code.cacheIndex[0] == -1);
    }

    private static CodeObject copy(java.util.function.Consumer<CodeBuilder> config) {
        CodeBuilder b = builder().argCount(2);
        config.accept(b);
        b.emit(LOAD_FAST, b.local("a")).emit(LOAD_FAST, b.local("b")).emit(COMPARE_OP, 0);
        CodeBuilder.Label l = b.newLabel();
        b.emit(POP_JUMP_IF_FALSE, l).bind(l).emit(RETURN_CONST, b.constant(Constants.NONE));
        return b.build();
    }

    private static List<Opcode> ops(CodeObject c) {
        return java.util.Arrays.stream(c.code).mapToObj(Opcode::of).toList();
    }

    @Test
    void exceptionTableFromCPythonStyleBlocks() throws Exception {
        CodeObject f = Samples.tryExceptWith();
        Verifier.verify(f, "t.pyc");
        // The same table CPython 3.12 makes for this function (offsets in instructions).
        assertEquals(List.of(
                new ExceptionEntry(1, 4, 5, 0, false),
                new ExceptionEntry(5, 10, 24, 1, true),
                new ExceptionEntry(10, 14, 19, 1, true),
                new ExceptionEntry(19, 24, 24, 1, true),
                new ExceptionEntry(29, 31, 37, 1, true),
                new ExceptionEntry(37, 42, 46, 3, true)), List.of(f.exceptionTable));
        assertEquals(6, f.maxStack); // COPY 3 in the with-cleanup handler: 3 + lasti + exc + 1, as CPython
        assertEquals(f.exceptionTable[1], f.handlerFor(7));
        assertNull(f.handlerFor(4));
        assertNull(f.handlerFor(48));
    }

    @Test
    void nestedTryInsideAHandlerGetsItsDepthAfterTheOuterHandler() throws Exception {
        // try: pass  except: (try: x  except: pass)
        CodeBuilder b = builder();
        CodeBuilder.Label h1 = b.newLabel();
        CodeBuilder.Label h2 = b.newLabel();
        CodeBuilder.Label after = b.newLabel();
        int none = b.constant(Constants.NONE);
        b.setupFinally(h1).emit(NOP).popBlock().emit(RETURN_CONST, none);
        b.bind(h1).emit(PUSH_EXC_INFO);
        b.setupFinally(h2).emit(LOAD_NAME, b.name("x")).emit(POP_TOP).popBlock().emit(JUMP_FORWARD, after);
        b.bind(h2).emit(POP_TOP).bind(after).emit(POP_EXCEPT).emit(POP_TOP).emit(RETURN_CONST, none);
        CodeObject c = b.build();
        Verifier.verify(c, "b.pyc");
        assertEquals(new ExceptionEntry(3, 5, 6, 2, false), c.exceptionTable[1]);
        assertEquals(3, c.maxStack);
    }

    @Test
    void misuseIsReported() {
        CodeBuilder b = builder();
        b.emit(JUMP_FORWARD, b.newLabel());
        assertThrows(IllegalStateException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> builder().emit(JUMP_FORWARD, 3));
        assertThrows(IllegalArgumentException.class, () -> builder().emit(NOP, builder().newLabel()));
        assertThrows(IllegalArgumentException.class, () -> builder().emit(LOAD_FAST_LOAD_FAST, 0));
        assertThrows(IllegalArgumentException.class, () -> builder().emit(FOR_ITER_RANGE.base(), 1 << 24));
        assertThrows(IllegalStateException.class, () -> builder().emit(POP_TOP).emit(RETURN_CONST, 0).build());
        assertThrows(IllegalStateException.class, () -> builder().popBlock().emit(RETURN_CONST, 0).build());
        CodeBuilder.Label l = builder().newLabel();
        CodeBuilder twice = builder().bind(l);
        assertThrows(IllegalStateException.class, () -> twice.bind(l));
    }
}
