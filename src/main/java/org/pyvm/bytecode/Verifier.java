package org.pyvm.bytecode;

import java.util.Set;

/**
 * Checks that a code-object tree is safe to execute, reading only the {@link Opcode} table. A verified code
 * object can be interpreted without bounds checks on operands, jump targets or the value stack.
 *
 * <p>Rules, in the order they are checked (docs/bytecode.md lists them with their messages):
 * <ol>
 * <li>Header: counts non-negative, posOnlyArgCount &lt;= argCount, parameters fit in varnames, only known flags,
 *     first line &gt;= 0, at least one instruction.</li>
 * <li>Every instruction: a known opcode that is not VM-only (SPECIALIZED); its argument valid for its operand kind
 *     against the pools (consts, names, varnames, cells), its stack picture and its jump direction (forward, or at
 *     or before itself for BACKWARD jumps); a superinstruction followed by a partner; YIELD_VALUE and SEND only in
 *     generator, coroutine and async generator code; YIELD_VALUE 1 followed by JUMP_BACKWARD_NO_INTERRUPT to a
 *     SEND.</li>
 * <li>Exception table: each range non-empty and inside the code, sorted and not overlapping the previous one, its
 *     target inside the code.</li>
 * <li>Positions: every value &gt;= -1.</li>
 * <li>Stack flow ({@link StackDepth}): no underflow, the same depth on every path into an instruction (handlers
 *     included), no fall-through past the last instruction, handler depths not above the stack of the covered
 *     instructions, and the declared max stack equal to the maximum depth reached.</li>
 * <li>Nested code objects in consts, recursively.</li>
 * </ol>
 */
public final class Verifier {
    private final String file;

    private Verifier(String file) {
        this.file = file;
    }

    /** Verifies {@code code} and every code object nested in its constants; {@code file} names it in errors. */
    public static void verify(CodeObject code, String file) throws BadBytecodeException {
        try {
            new Verifier(file).code(code, 0);
        } catch (StackOverflowError e) {
            throw new BadBytecodeException(file, "code objects nested too deeply");
        }
    }

    private BadBytecodeException bad(CodeObject c, String problem) {
        return new BadBytecodeException(file, "code object '" + c.qualname + "' (line " + c.firstLine + "): "
                + problem);
    }

    private BadBytecodeException bad(CodeObject c, int pc, String problem) {
        Opcode op = Opcode.of(c.code[pc]);
        return bad(c, "offset " + pc + (op == null ? "" : " " + op) + ": " + problem);
    }

    private void code(CodeObject c, int nesting) throws BadBytecodeException {
        if (nesting >= BytecodeFormat.MAX_NESTING) {
            throw bad(c, "code objects nested more than " + BytecodeFormat.MAX_NESTING + " deep");
        }
        header(c);
        instructions(c);
        exceptionTable(c);
        positions(c);
        flow(c);
        for (Object k : c.consts) {
            if (k instanceof CodeObject inner) {
                code(inner, nesting + 1);
            }
        }
    }

    private void header(CodeObject c) throws BadBytecodeException {
        if (c.argCount < 0 || c.posOnlyArgCount < 0 || c.kwOnlyArgCount < 0 || c.maxStack < 0 || c.firstLine < 0) {
            throw bad(c, "negative count in the header");
        }
        if (c.posOnlyArgCount > c.argCount) {
            throw bad(c, c.posOnlyArgCount + " positional-only parameters but only " + c.argCount + " positional");
        }
        if ((long) c.parameterCount() > c.varnames.length) {
            throw bad(c, c.parameterCount() + " parameters but only " + c.varnames.length + " local variables");
        }
        if ((c.flags & ~CodeObject.CO_ALL) != 0) {
            throw bad(c, "unknown flags 0x" + Integer.toHexString(c.flags & ~CodeObject.CO_ALL));
        }
        if (c.code.length == 0) {
            throw bad(c, "no instructions");
        }
    }

    private void instructions(CodeObject c) throws BadBytecodeException {
        int n = c.code.length;
        boolean suspendable = c.hasFlag(CodeObject.CO_SUSPENDABLE);
        for (int pc = 0; pc < n; pc++) {
            int word = c.code[pc];
            Opcode op = Opcode.of(word);
            if (op == null) {
                throw bad(c, pc, "unknown opcode " + (word & 0xFF));
            }
            if (op.is(Opcode.F_SPECIALIZED)) {
                throw bad(c, pc, "specialized opcode in a file");
            }
            int arg = Opcode.argOf(word);
            String problem = op.operand.check(arg, c);
            if (problem != null) {
                throw bad(c, pc, problem);
            }
            if (!op.stack.validFor(arg)) {
                throw bad(c, pc, "argument " + arg + " does not fit the stack effect " + op.stack);
            }
            if (op.isJump()) {
                if (op.is(Opcode.F_BACKWARD) ? arg > pc : arg <= pc) {
                    throw bad(c, pc, "jump to " + arg + " goes the wrong way");
                }
            }
            Set<Opcode> partners = op.partners();
            if (!partners.isEmpty()) {
                Opcode next = pc + 1 < n ? Opcode.of(c.code[pc + 1]) : null;
                if (next == null || !partners.contains(next)) {
                    throw bad(c, pc, "superinstruction not followed by " + partners);
                }
            }
            if (op.is(Opcode.F_SUSPENDS) && !suspendable) {
                throw bad(c, pc, "yield outside a generator or coroutine");
            }
            if (op == Opcode.YIELD_VALUE && arg == 1) {
                int next = pc + 1 < n ? c.code[pc + 1] : 0;
                int target = Opcode.argOf(next);
                if (Opcode.of(next) != Opcode.JUMP_BACKWARD_NO_INTERRUPT || target > pc
                        || Opcode.of(c.code[target]) != Opcode.SEND) {
                    throw bad(c, pc, "yield-from YIELD_VALUE not followed by a JUMP_BACKWARD_NO_INTERRUPT to a SEND");
                }
            }
        }
    }

    private void exceptionTable(CodeObject c) throws BadBytecodeException {
        int n = c.code.length;
        int prevEnd = 0;
        for (int i = 0; i < c.exceptionTable.length; i++) {
            ExceptionEntry e = c.exceptionTable[i];
            String which = "exception table entry " + i + " (" + e.start() + " to " + e.end() + " -> "
                    + e.target() + ")";
            if (e.start() < 0 || e.start() >= e.end() || e.end() > n) {
                throw bad(c, which + ": range is empty or outside the code (" + n + " instructions)");
            }
            if (e.start() < prevEnd) {
                throw bad(c, which + ": overlaps or is out of order with the entry before it");
            }
            if (e.target() < 0 || e.target() >= n) {
                throw bad(c, which + ": handler outside the code");
            }
            if (e.depth() < 0) {
                throw bad(c, which + ": negative depth");
            }
            if (e.depth() > c.maxStack) {
                throw bad(c, which + ": depth " + e.depth() + " exceeds max stack " + c.maxStack);
            }
            prevEnd = e.end();
        }
    }

    private void positions(CodeObject c) throws BadBytecodeException {
        for (int i = 0; i < c.positions.length; i++) {
            if (c.positions[i] < -1) {
                throw bad(c, i / 4, "invalid source position " + c.positions[i]);
            }
        }
    }

    private void flow(CodeObject c) throws BadBytecodeException {
        StackDepth.Flow flow;
        try {
            flow = StackDepth.analyze(c.code, c.exceptionTable);
        } catch (StackDepth.FlowError e) {
            throw bad(c, e.pc, e.getMessage());
        }
        if (flow.maxDepth() != c.maxStack) {
            throw bad(c, "declared max stack " + c.maxStack + " but the code reaches " + flow.maxDepth());
        }
    }
}
