package org.pyvm.bytecode;

import java.util.List;

/**
 * What an instruction's 24-bit argument means. Each kind knows which values are valid in a given code object
 * (the verifier asks {@link #check}) and how the disassembler shows the resolved value ({@link #describe}).
 */
public enum OperandKind {
    /** No argument: must be 0. */
    NONE,
    /** Index into {@code consts}. */
    CONST,
    /** Index into {@code names}. */
    NAME,
    /** Index into {@code varnames} (fast locals). */
    LOCAL,
    /** Index into cell variables followed by free variables ({@code cellvars ++ freevars}). */
    CELL,
    /** Absolute instruction index of the jump target. */
    JUMP,
    /** A count (any value). */
    COUNT,
    /** A 1-based stack position counted from the top (COPY 1 is the top); the stack picture bounds it further. */
    STACK_INDEX,
    /** A {@link Operands#BINARY_OPS} index. */
    BINARY_OP,
    /** A {@link Operands#COMPARE_OPS} index. */
    COMPARE,
    /** 0 or 1: 1 inverts the test (is not, not in). */
    INVERT,
    /** 1..3: !s, !r, !a. */
    CONVERSION,
    /** A {@link Operands#INTRINSICS_1} index, not 0. */
    INTRINSIC_1,
    /** A {@link Operands#INTRINSICS_2} index, not 0. */
    INTRINSIC_2,
    /** MAKE_FUNCTION flag bits, 0..15. */
    FUNCTION_FLAGS,
    /** RAISE_VARARGS: 0 (re-raise), 1 (raise exc), 2 (raise exc from cause). */
    RAISE_FORM,
    /** BUILD_SLICE: 2 or 3. */
    SLICE_ARGS,
    /** CALL_FUNCTION_EX: 0 or {@link Operands#CALL_EX_KWARGS}. */
    CALL_EX_FLAGS,
    /** UNPACK_EX: before | after << 8. */
    UNPACK_COUNTS,
    /** LOAD_SUPER_ATTR: name index << 2 | flags. */
    SUPER_ATTR,
    /** GET_AWAITABLE: 0..2. */
    AWAIT_KIND,
    /** YIELD_VALUE: 0 or 1. */
    YIELD_KIND;

    /** The largest argument an instruction word can hold. */
    public static final int MAX_ARG = 0xFF_FFFF;

    /** Null if {@code arg} is valid for this kind in {@code code}, else what is wrong with it. */
    public String check(int arg, CodeObject code) {
        return switch (this) {
            case NONE -> arg == 0 ? null : "has argument " + arg + " but takes none";
            case CONST -> index(arg, code.consts.length, "constant");
            case NAME -> index(arg, code.names.length, "name");
            case LOCAL -> index(arg, code.varnames.length, "local variable");
            case CELL -> index(arg, code.cellvars.length + code.freevars.length, "cell or free variable");
            case JUMP -> arg < code.code.length ? null
                    : "jumps to " + arg + ", outside the code (" + code.code.length + " instructions)";
            case COUNT -> null;
            case STACK_INDEX -> arg >= 1 ? null : "stack position " + arg + " must be at least 1";
            case BINARY_OP -> range(arg, 0, Operands.BINARY_OPS.size() - 1, "binary operator");
            case COMPARE -> range(arg, 0, Operands.COMPARE_OPS.size() - 1, "comparison");
            case INVERT -> range(arg, 0, 1, "invert flag");
            case CONVERSION -> range(arg, 1, 3, "conversion");
            case INTRINSIC_1 -> range(arg, 1, Operands.INTRINSICS_1.size() - 1, "intrinsic");
            case INTRINSIC_2 -> range(arg, 1, Operands.INTRINSICS_2.size() - 1, "intrinsic");
            case FUNCTION_FLAGS -> range(arg, 0, 15, "function flags");
            case RAISE_FORM -> range(arg, 0, 2, "raise form");
            case SLICE_ARGS -> range(arg, 2, 3, "slice argument count");
            case CALL_EX_FLAGS -> range(arg, 0, 1, "call flags");
            case UNPACK_COUNTS -> null;
            case SUPER_ATTR -> index(arg >>> 2, code.names.length, "name");
            case AWAIT_KIND -> range(arg, 0, 2, "await kind");
            case YIELD_KIND -> range(arg, 0, 1, "yield kind");
        };
    }

    private static String index(int arg, int size, String what) {
        return arg < size ? null : what + " index " + arg + " out of range (" + size + " entries)";
    }

    private static String range(int arg, int lo, int hi, String what) {
        return arg >= lo && arg <= hi ? null : what + " " + arg + " out of range " + lo + ".." + hi;
    }

    /** The disassembler's resolved value for a valid argument ("" when there is nothing to add). */
    public String describe(int arg, CodeObject code) {
        return switch (this) {
            case NONE, COUNT, STACK_INDEX, INVERT, RAISE_FORM, SLICE_ARGS -> "";
            case CONST -> Constants.repr(code.consts[arg]);
            case NAME -> code.names[arg];
            case LOCAL -> code.varnames[arg];
            case CELL -> code.cellOrFreeName(arg);
            case JUMP -> "to " + arg;
            case BINARY_OP -> Operands.BINARY_OPS.get(arg);
            case COMPARE -> Operands.COMPARE_OPS.get(arg);
            case CONVERSION -> Operands.CONVERSIONS.get(arg);
            case INTRINSIC_1 -> Operands.INTRINSICS_1.get(arg);
            case INTRINSIC_2 -> Operands.INTRINSICS_2.get(arg);
            case FUNCTION_FLAGS -> flags(arg, Operands.FUNCTION_FLAGS);
            case CALL_EX_FLAGS -> arg == 0 ? "" : "kwargs";
            case UNPACK_COUNTS -> (arg & 0xFF) + " before, " + (arg >>> 8) + " after";
            case SUPER_ATTR -> code.names[arg >>> 2]
                    + ((arg & Operands.SUPER_METHOD) != 0 ? ", method" : "")
                    + ((arg & Operands.SUPER_TWO_ARGS) != 0 ? ", two args" : "");
            case AWAIT_KIND -> Operands.AWAIT_KINDS.get(arg);
            case YIELD_KIND -> Operands.YIELD_KINDS.get(arg);
        };
    }

    private static String flags(int arg, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if ((arg & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(names.get(i));
            }
        }
        return sb.toString();
    }
}
