package org.pyvm.bytecode;

/**
 * One exception-table entry (CPython 3.11+ "zero-cost" exceptions): an exception raised by an instruction with
 * index in {@code [start, end)} pops the value stack down to {@code depth} items, pushes the index of the raising
 * instruction (a Python int) if {@code lasti}, pushes the exception, and continues at {@code target}.
 * So the handler starts with {@code depth + (lasti ? 1 : 0) + 1} items on the stack.
 *
 * <p>A code object's entries are sorted by start and do not overlap; an instruction outside every entry
 * propagates the exception to the caller.
 */
public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {
    /** The stack depth at the handler's first instruction. */
    public int handlerDepth() {
        return depth + (lasti ? 1 : 0) + 1;
    }

    public boolean covers(int pc) {
        return pc >= start && pc < end;
    }
}
