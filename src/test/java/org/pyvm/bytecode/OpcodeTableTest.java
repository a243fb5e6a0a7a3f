package org.pyvm.bytecode;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyvm.bytecode.Opcode.*;

/** The opcode table is consistent with itself, with the verifier and StackDepth, and with docs/bytecode.md. */
class OpcodeTableTest {
    @Test
    void numbersAndFlagsAreConsistent() {
        for (Opcode op : Opcode.values()) {
            assertSame(op, Opcode.byNumber(op.number));
            assertTrue(op.number >= 1 && op.number <= 255, op.name());
            assertEquals(op.is(F_SPECIALIZED), op.number >= 200, op + ": specialized opcodes are numbered 200 up");
            assertEquals(op.isJump(), op.operand == OperandKind.JUMP, op + ": jump flag iff jump operand");
            if (op.is(F_CONDITIONAL)) {
                assertTrue(op.isJump() && op.fallsThrough(), op.name());
            }
            if (op.is(F_BACKWARD)) {
                assertTrue(op.isJump() && !op.fallsThrough(), op.name());
            }
            if (op.stack.hasJumpOutputs()) {
                assertTrue(op.isJump(), op + " has jump outputs but no jump");
            }
            assertEquals(op.is(F_SUPER), !op.partners().isEmpty(), op.name());
            if (op.is(F_SUPER) || op.is(F_SPECIALIZED)) {
                assertNotSame(op, op.base());
                assertEquals(op.base().stack.toString(), op.stack.toString(), op + " has its base's stack effect");
                assertEquals(op.base().operand, op.operand, op.name());
            } else {
                assertSame(op, op.base());
            }
            assertFalse(op.semantics.isBlank() || op.semantics.contains("\n"), op.name());
        }
        assertNull(Opcode.byNumber(0), "0 is never an opcode: a zeroed code array does not verify");
        assertEquals(LOAD_FAST_LOAD_FAST, Opcode.fused(LOAD_FAST, LOAD_FAST));
        assertEquals(COMPARE_AND_BRANCH, Opcode.fused(COMPARE_OP, POP_JUMP_IF_TRUE));
        assertNull(Opcode.fused(LOAD_CONST, LOAD_FAST));
    }

    @Test
    void stackPicturesGiveTheExpectedCounts() {
        assertPops(BUILD_LIST, 3, 3, 1);
        assertPops(BUILD_MAP, 2, 4, 1);
        assertPops(BUILD_CONST_KEY_MAP, 2, 3, 1);
        assertPops(MAKE_FUNCTION, 0b1011, 4, 1);
        assertPops(MAKE_FUNCTION, 0, 1, 1);
        assertPops(UNPACK_EX, 2 | 3 << 8, 1, 6);
        assertPops(CALL, 2, 3, 1);
        assertPops(CALL_KW, 3, 5, 1);
        assertPops(CALL_METHOD, 1, 3, 1);
        assertPops(CALL_METHOD_KW, 1, 4, 1);
        assertPops(CALL_FUNCTION_EX, 1, 3, 1);
        assertPops(CALL_FUNCTION_EX, 0, 2, 1);
        assertPops(LOAD_SUPER_ATTR, 1, 3, 2);
        assertPops(LOAD_SUPER_ATTR, 4, 3, 1);
        assertPops(COPY, 1, 1, 2);
        assertPops(COPY, 3, 3, 4);
        assertPops(SWAP, 2, 2, 2);
        assertPops(LIST_APPEND, 2, 3, 2);
        assertPops(MAP_ADD, 1, 3, 1);
        assertPops(RERAISE, 2, 3, 0);
        assertPops(RAISE_VARARGS, 2, 2, 0);
        assertPops(WITH_EXCEPT_START, 0, 4, 5);
        assertEquals(1, FOR_ITER.stack.effect(0));
        assertEquals(-1, FOR_ITER.stack.jumpEffect(0));
        assertEquals(0, SEND.stack.effect(0));
        assertEquals(-1, SEND.stack.jumpEffect(0));
        assertEquals(-1, JUMP_IF_TRUE_OR_POP.stack.effect(0));
        assertEquals(0, JUMP_IF_TRUE_OR_POP.stack.jumpEffect(0));
        assertFalse(SWAP.stack.validFor(1));
        assertFalse(LIST_APPEND.stack.validFor(0));
    }

    private static void assertPops(Opcode op, int arg, int pops, int pushes) {
        assertEquals(pops, op.stack.pops(arg), op + " " + arg + " pops");
        assertEquals(pushes, op.stack.pushes(arg), op + " " + arg + " pushes");
    }

    @Test
    void stackPictureSyntax() {
        StackPicture p = StackPicture.parse("a b[(oparg>>2)&3] c[oparg*2+1] -- d | ");
        assertEquals(1 + 2 + 23, p.pops(3 | 2 << 2)); // * binds tighter than +
        assertEquals(1, p.pushes(0));
        assertEquals(0, p.jumpPushes(0));
        assertThrows(IllegalArgumentException.class, () -> StackPicture.parse("a b"));
        assertThrows(IllegalArgumentException.class, () -> StackPicture.parse("a -- b -- c"));
        assertThrows(IllegalArgumentException.class, () -> StackPicture.parse("a[oparg -- b"));
        assertThrows(IllegalArgumentException.class, () -> StackPicture.parse("a[opar] -- b"));
        assertThrows(IllegalArgumentException.class, () -> StackPicture.parse("1a -- b"));
    }

    /** A valid argument of each operand kind in the synthetic code below (jumps are filled in separately). */
    private static int sampleArg(Opcode op) {
        return switch (op.operand) {
            case NONE, CONST, NAME, LOCAL, CELL, BINARY_OP, COMPARE, YIELD_KIND, JUMP -> 0;
            case COUNT -> 3;
            case STACK_INDEX -> 2;
            case INVERT, INTRINSIC_1, INTRINSIC_2, CALL_EX_FLAGS, AWAIT_KIND -> 1;
            case CONVERSION, RAISE_FORM -> 2;
            case FUNCTION_FLAGS -> 0b1011;
            case SLICE_ARGS -> 3;
            case UNPACK_COUNTS -> 2 | 1 << 8;
            case SUPER_ATTR -> Operands.SUPER_METHOD;
        };
    }

    /**
     * For every opcode: push exactly what it pops, run it, pop what it leaves on each way out, return. The verifier
     * accepts it and StackDepth finds the expected max; with one input fewer the verifier reports an underflow.
     * Both only read the Opcode table, so this checks that the table is usable end to end for every opcode.
     */
    @Test
    void everyOpcodeVerifiesWithExactlyItsStackEffect() throws Exception {
        for (Opcode op : Opcode.values()) {
            if (op.is(F_SPECIALIZED)) {
                continue;
            }
            int arg = sampleArg(op);
            int pops = op.stack.pops(arg);
            int after = op.stack.pushes(arg);
            int inputs = pops;
            int expectedMax = Math.max(pops, Math.max(after, op.stack.jumpPushes(arg)));
            if (op.is(F_SUPER)) {
                Opcode partner = op.partners().iterator().next();
                inputs += Math.max(0, partner.stack.pops(0) - after); // what the partner needs from below
                int leftover = inputs - pops + after;
                expectedMax = Math.max(inputs, Math.max(leftover,
                        leftover - partner.stack.pops(0) + partner.stack.pushes(0)));
            }
            CodeObject good = synthetic(op, arg, inputs);
            Verifier.verify(good, "table.pyc");
            assertEquals(expectedMax, StackDepth.compute(good), op.name());
            pops = inputs;
            if (pops > 0) {
                CodeObject bad = synthetic(op, arg, pops - 1);
                BadBytecodeException e = assertThrows(BadBytecodeException.class,
                        () -> Verifier.verify(bad, "table.pyc"), op.name());
                assertTrue(e.getMessage().contains("stack underflow") || e.getMessage().contains("max stack"),
                        op + ": " + e.getMessage());
            }
        }
    }

    private static CodeObject synthetic(Opcode op, int arg, int inputs) {
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            w.add(LOAD_CONST.encode(0));
        }
        int at = w.size();
        w.add(0); // the opcode, patched below
        List<Integer> jumpsToPatch = new ArrayList<>();
        int depth = op.stack.pushes(arg) + (inputs - op.stack.pops(arg));
        int jumpDepth = op.stack.jumpPushes(arg) + (inputs - op.stack.pops(arg));
        if (op.is(F_SUPER)) {
            Opcode partner = op.partners().iterator().next();
            jumpDepth = depth - partner.stack.pops(0) + partner.stack.jumpPushes(0);
            depth = depth - partner.stack.pops(0) + partner.stack.pushes(0);
            jumpsToPatch.add(w.size());
            w.add(partner.encode(0));
            if (!partner.isJump()) {
                jumpsToPatch.remove(jumpsToPatch.size() - 1);
            }
        }
        if (op.fallsThrough() || op.is(F_SUPER)) {
            for (int i = 0; i < Math.max(depth, 0); i++) {
                w.add(POP_TOP.encode(0));
            }
            w.add(RETURN_CONST.encode(0));
        }
        int target = w.size();
        if (op.isJump() && !op.is(F_BACKWARD) || !jumpsToPatch.isEmpty()) {
            for (int i = 0; i < Math.max(jumpDepth, 0); i++) {
                w.add(POP_TOP.encode(0));
            }
            w.add(RETURN_CONST.encode(0));
        }
        int opArg = op.isJump() ? (op.is(F_BACKWARD) ? at : target) : arg;
        if (op == YIELD_VALUE) {
            opArg = 0;
        }
        w.set(at, op.encode(opArg));
        for (int j : jumpsToPatch) {
            w.set(j, Opcode.of(w.get(j)).encode(target));
        }
        int[] code = w.stream().mapToInt(Integer::intValue).toArray();
        int max;
        try {
            max = StackDepth.compute(code, new ExceptionEntry[0]);
        } catch (StackDepth.FlowError e) {
            max = inputs; // the verifier will report the flow error
        }
        return new CodeObject("t", "t", "t.py", 1, 0, 0, 0, CodeObject.CO_GENERATOR, max,
                new String[]{"x"}, new String[]{"c"}, new String[0], new String[]{"n"},
                new Object[]{Constants.NONE}, code, new ExceptionEntry[0], new int[4 * code.length]);
    }

    /** docs/bytecode.md holds this table verbatim between its markers. */
    static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| # | opcode | argument | stack (inputs -- outputs \\| when jumping) | flags | semantics |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Opcode op : Opcode.values()) {
            List<String> flags = new ArrayList<>();
            String[] names = {"jump", "conditional", "no-fallthrough", "backward", "cached", "super", "specialized",
                    "suspends"};
            for (int i = 0; i < names.length; i++) {
                if ((op.flags & (1 << i)) != 0) {
                    flags.add(names[i]);
                }
            }
            if (!op.partners().isEmpty()) {
                flags.add("partner " + String.join("/", op.partners().stream().map(Enum::name).toList()));
            }
            if (op.base() != op && op.is(F_SPECIALIZED)) {
                flags.add("family " + op.base());
            }
            sb.append("| ").append(op.number).append(" | `").append(op).append("` | ")
                    .append(op.operand.name().toLowerCase()).append(" | `")
                    .append(op.stack.toString().replace("|", "\\|")).append("` | ")
                    .append(String.join(", ", flags)).append(" | ")
                    .append(op.semantics.replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void docsListEveryOpcode() throws Exception {
        Path root = Path.of(System.getProperty("pyvm.root", "."));
        String doc = Files.readString(root.resolve("docs/bytecode.md"));
        String begin = "<!-- opcode table: generated by OpcodeTableTest.markdownTable(); keep in step -->\n";
        String end = "<!-- end of opcode table -->";
        int b = doc.indexOf(begin);
        int e = doc.indexOf(end);
        assertTrue(b >= 0 && e > b, "docs/bytecode.md has the opcode table markers");
        String expected = markdownTable();
        String actual = doc.substring(b + begin.length(), e);
        if (!expected.equals(actual)) {
            Files.writeString(root.resolve("target/opcode-table.md"), expected);
        }
        assertEquals(expected, actual, "docs/bytecode.md opcode table is stale; the current one is in "
                + "target/opcode-table.md");
    }
}
