package org.pyvm.bytecode;

import java.util.List;

/**
 * The numbered values that instruction arguments select: binary operators, comparisons, intrinsics, conversions,
 * MAKE_FUNCTION flags and the other small enumerations. The numbers are part of the file format; the name lists are
 * indexed by them (ORDER: each list must stay in step with its constants).
 */
public final class Operands {
    private Operands() {
    }

    // BINARY_OP (CPython's NB_* order); the in-place form of operator k is k + NB_INPLACE.
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE = 13;
    public static final List<String> BINARY_OPS = List.of(
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=");

    // COMPARE_OP and COMPARE_AND_BRANCH (CPython's Py_LT ... Py_GE).
    public static final int CMP_LT = 0;
    public static final int CMP_LE = 1;
    public static final int CMP_EQ = 2;
    public static final int CMP_NE = 3;
    public static final int CMP_GT = 4;
    public static final int CMP_GE = 5;
    public static final List<String> COMPARE_OPS = List.of("<", "<=", "==", "!=", ">", ">=");

    // CONVERT_VALUE: the f-string conversion !s, !r, !a.
    public static final int CONV_STR = 1;
    public static final int CONV_REPR = 2;
    public static final int CONV_ASCII = 3;
    public static final List<String> CONVERSIONS = List.of("", "str", "repr", "ascii");

    // CALL_INTRINSIC_1 (0 is invalid).
    public static final int INTRINSIC_PRINT = 1;              // interactive mode: print a non-None expression value and set builtins._
    public static final int INTRINSIC_ASYNC_GEN_WRAP = 2;     // wrap a value yielded by an async generator
    public static final int INTRINSIC_LIST_TO_TUPLE = 3;      // tuple(list)
    public static final int INTRINSIC_TYPEVAR = 4;            // typing.TypeVar(name)
    public static final int INTRINSIC_PARAMSPEC = 5;          // typing.ParamSpec(name)
    public static final int INTRINSIC_TYPEVARTUPLE = 6;       // typing.TypeVarTuple(name)
    public static final int INTRINSIC_SUBSCRIPT_GENERIC = 7;  // typing.Generic[*params]
    public static final int INTRINSIC_TYPEALIAS = 8;          // TypeAliasType from (name, type_params, compute_value)
    public static final List<String> INTRINSICS_1 = List.of("INVALID", "INTRINSIC_PRINT", "INTRINSIC_ASYNC_GEN_WRAP",
            "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
            "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS");

    // CALL_INTRINSIC_2 (0 is invalid); value1 is the deeper argument.
    public static final int INTRINSIC_PREP_RERAISE_STAR = 1;         // (orig, list of raised) -> exception to re-raise or None
    public static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;        // (name, bound)
    public static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;  // (name, constraints)
    public static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;  // (type_params, func) -> func
    public static final List<String> INTRINSICS_2 = List.of("INVALID", "INTRINSIC_PREP_RERAISE_STAR",
            "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS");

    // MAKE_FUNCTION flags: which optional values lie below the code object.
    public static final int FN_DEFAULTS = 0x01;     // tuple of positional defaults
    public static final int FN_KWDEFAULTS = 0x02;   // dict of keyword-only defaults
    public static final int FN_ANNOTATIONS = 0x04;  // tuple (name1, value1, name2, value2, ...)
    public static final int FN_CLOSURE = 0x08;      // tuple of cells, in the order of the code's free variables
    public static final List<String> FUNCTION_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");

    // GET_AWAITABLE: where the awaitable comes from (for error messages).
    public static final List<String> AWAIT_KINDS = List.of("", "__aenter__", "__aexit__");

    // YIELD_VALUE: 1 = the yield of a yield-from/await loop (receiver below, next instruction jumps back to SEND).
    public static final List<String> YIELD_KINDS = List.of("", "yield from");

    // LOAD_SUPER_ATTR argument: (name index << 2) | SUPER_METHOD | SUPER_TWO_ARGS.
    public static final int SUPER_METHOD = 1;   // push (method, self_or_null) as LOAD_METHOD does
    public static final int SUPER_TWO_ARGS = 2; // super(class, self) was written with arguments

    // CALL_FUNCTION_EX argument bit.
    public static final int CALL_EX_KWARGS = 1; // a mapping of keyword arguments is on top

    /** The argument of UNPACK_EX for {@code before} targets, a starred one, then {@code after} targets. */
    public static int unpackEx(int before, int after) {
        if (before < 0 || before > 255 || after < 0 || after > 0xFFFF) {
            throw new IllegalArgumentException("too many expressions in star-unpacking assignment");
        }
        return before | (after << 8);
    }
}
