package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DisassemblerTest {
    @Test
    void closureGolden() {
        assertEquals("""
                 13           0 LOAD_CONST               0 (1)
                              1 STORE_DEREF              0 (v)

                 14           2 LOAD_CLOSURE             0 (v)
                              3 BUILD_TUPLE              1
                              4 LOAD_CONST               1 (<code object inner, file "t.py", line 14>)
                              5 MAKE_FUNCTION            8 (closure)
                              6 STORE_FAST_LOAD_FAST     0 (inner)

                 15           7 LOAD_FAST                0 (inner)
                              8 RETURN_VALUE

                Disassembly of <code object inner, file "t.py", line 14>:
                 14           0 LOAD_DEREF               0 (v)
                              1 RETURN_VALUE
                """, Disassembler.disassemble(Samples.closure()));
    }

    @Test
    void jumpTargetsHandlersAndExceptionTable() {
        String dis = Disassembler.disassemble(Samples.tryExceptWith());
        assertTrue(dis.startsWith("""
                  2           0 NOP

                  3           1 LOAD_FAST_LOAD_FAST      0 (a)
                              2 LOAD_FAST                1 (b)
                              3 COMPARE_OP               0 (<)
                              4 RETURN_VALUE
                        >>    5 PUSH_EXC_INFO

                  4           6 LOAD_GLOBAL              0 (ValueError)
                              7 CHECK_EXC_MATCH
                              8 POP_JUMP_IF_FALSE       23 (to 23)
                """), dis);
        assertTrue(dis.endsWith("""
                ExceptionTable:
                  1 to 3 -> 5 [0]
                  5 to 9 -> 24 [1] lasti
                  10 to 13 -> 19 [1] lasti
                  19 to 23 -> 24 [1] lasti
                  29 to 30 -> 37 [1] lasti
                  37 to 41 -> 46 [3] lasti
                """), dis);
        assertTrue(dis.contains("  4     >>   23 RERAISE                  0\n"), dis);
    }

    @Test
    void resolvedArguments() {
        String dis = Disassembler.disassemble(Samples.yieldFrom());
        assertTrue(dis.contains(">>    3 SEND                     6 (to 6)"), dis);
        assertTrue(dis.contains("YIELD_VALUE              1 (yield from)"), dis);
        CodeBuilder b = new CodeBuilder("m", "m", "m.py", 1);
        b.emit(LOAD_NAME(b), 0).emit(Opcode.LOAD_CONST, b.constant(2.0))
                .emit(Opcode.BINARY_OP, Operands.NB_POWER + Operands.NB_INPLACE)
                .emit(Opcode.CALL_INTRINSIC_1, Operands.INTRINSIC_LIST_TO_TUPLE)
                .emit(Opcode.RETURN_VALUE);
        String m = Disassembler.disassemble(b.build());
        assertTrue(m.contains("LOAD_NAME                0 (x)"), m);
        assertTrue(m.contains("LOAD_CONST               0 (2.0)"), m);
        assertTrue(m.contains("BINARY_OP               21 (**=)"), m);
        assertTrue(m.contains("CALL_INTRINSIC_1         3 (INTRINSIC_LIST_TO_TUPLE)"), m);
    }

    private static Opcode LOAD_NAME(CodeBuilder b) {
        b.name("x");
        return Opcode.LOAD_NAME;
    }

    @Test
    void brokenCodeStillDisassembles() {
        CodeObject c = new VerifierTest.Raw().code(199, Opcode.LOAD_CONST.encode(9), Opcode.RETURN_VALUE.encode(0)).build();
        String dis = Disassembler.disassemble(c);
        assertTrue(dis.contains("<unknown 199>"), dis);
        assertTrue(dis.contains("LOAD_CONST               9 (?)"), dis);
    }
}
