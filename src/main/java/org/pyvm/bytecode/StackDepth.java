package org.pyvm.bytecode;

import java.util.Arrays;

/**
 * Stack-depth flow analysis over the instructions, driven only by the {@link Opcode} table. The compiler (through
 * {@link CodeBuilder}) uses it to compute max stack, the {@link Verifier} to check the depth rules.
 *
 * <p>Rules: execution starts at instruction 0 with an empty stack; every exception handler is entered with
 * {@link ExceptionEntry#handlerDepth()} items whether or not its range is reachable; an instruction needs at least
 * as many items as it pops; falling through goes to the next instruction (which must exist) with the outputs,
 * a taken jump to the target with the jump outputs; every path into an instruction brings the same depth; a
 * reachable instruction inside an exception range has at least that entry's depth on the stack.
 * Unreachable instructions get depth -1 and are not analysed.
 *
 * <p>The analysis assumes opcodes, operands and jump targets were checked ({@link Verifier} does that first;
 * {@link CodeBuilder} only makes valid ones) and that the exception table is sorted and non-overlapping.
 */
public final class StackDepth {
    private StackDepth() {
    }

    /** A violated rule: the message names the instruction and the problem. */
    public static final class FlowError extends Exception {
        private static final long serialVersionUID = 1L;
        public final int pc;

        FlowError(int pc, String message) {
            super(message, null, false, false);
            this.pc = pc;
        }
    }

    /** The result: the depth on entry to each instruction (-1 if unreachable) and the maximum depth reached. */
    public record Flow(int[] depthIn, int maxDepth) {
    }

    /** Max stack of a code object's instructions and exception table. */
    public static int compute(int[] code, ExceptionEntry[] table) throws FlowError {
        return analyze(code, table).maxDepth();
    }

    /** Max stack of a code object (ignoring its declared maxStack). */
    public static int compute(CodeObject code) throws FlowError {
        return compute(code.code, code.exceptionTable);
    }

    public static Flow analyze(int[] code, ExceptionEntry[] table) throws FlowError {
        int n = code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] work = new int[n];
        int top = 0;
        int max = 0;
        if (n == 0) {
            throw new FlowError(0, "code has no instructions");
        }
        depth[0] = 0;
        work[top++] = 0;
        for (ExceptionEntry e : table) {
            int d = e.handlerDepth();
            max = Math.max(max, d);
            top = enter(depth, work, top, e.target(), d, -1);
        }
        while (top > 0) {
            int pc = work[--top];
            int d = depth[pc];
            int word = code[pc];
            Opcode op = Opcode.of(word);
            int arg = Opcode.argOf(word);
            StackPicture pic = op.stack;
            int pops = pic.pops(arg);
            int pushes = pic.pushes(arg);
            int jumpPushes = pic.jumpPushes(arg);
            if (pops < 0 || pushes < 0 || jumpPushes < 0) {
                throw new FlowError(pc, op + " argument " + arg + " does not fit its stack effect (" + pic + ")");
            }
            if (d < pops) {
                throw new FlowError(pc, "stack underflow: " + op + " pops " + pops + " but the stack holds " + d);
            }
            ExceptionEntry cover = find(table, pc);
            if (cover != null && cover.depth() > d) {
                throw new FlowError(pc, "exception handler depth " + cover.depth() + " exceeds the stack depth "
                        + d + " of a covered instruction");
            }
            int after = d - pops + pushes;
            if (op.fallsThrough()) {
                max = Math.max(max, after);
                if (pc + 1 >= n) {
                    throw new FlowError(pc, "execution falls off the end of the code after " + op);
                }
                top = enter(depth, work, top, pc + 1, after, pc);
            }
            if (op.isJump()) {
                int afterJump = d - pops + jumpPushes;
                max = Math.max(max, afterJump);
                top = enter(depth, work, top, arg, afterJump, pc);
            }
        }
        for (int d : depth) {
            max = Math.max(max, d);
        }
        return new Flow(depth, max);
    }

    private static int enter(int[] depth, int[] work, int top, int pc, int d, int from) throws FlowError {
        if (depth[pc] == -1) {
            depth[pc] = d;
            work[top++] = pc;
        } else if (depth[pc] != d) {
            throw new FlowError(pc, "stack depth mismatch: " + depth[pc] + " on one path, " + d
                    + (from >= 0 ? " coming from offset " + from : " as an exception handler"));
        }
        return top;
    }

    private static ExceptionEntry find(ExceptionEntry[] table, int pc) {
        int lo = 0;
        int hi = table.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ExceptionEntry e = table[mid];
            if (pc < e.start()) {
                hi = mid - 1;
            } else if (pc >= e.end()) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }
}
