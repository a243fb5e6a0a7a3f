package org.pyvm.ast;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Expressions. All positioned; the last component is {@code Pos pos}.
 * <pre>
 * expr = BoolOp(boolop op, expr* values)              -- a and b and c: one node, values in order
 *      | NamedExpr(expr target, expr value)           -- target := value
 *      | BinOp(expr left, operator op, expr right)
 *      | UnaryOp(unaryop op, expr operand)
 *      | Lambda(arguments args, expr body)
 *      | IfExp(expr test, expr body, expr orelse)     -- body if test else orelse
 *      | Dict(expr* keys, expr* values)               -- a null key is a **mapping entry
 *      | Set(expr* elts)
 *      | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators)
 *      | DictComp(expr key, expr value, comprehension* generators)
 *      | GeneratorExp(expr elt, comprehension* generators)
 *      | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)
 *      | Compare(expr left, cmpop* ops, expr* comparators)   -- a < b < c: ops and comparators pair up
 *      | Call(expr func, expr* args, keyword* keywords)
 *      | FormattedValue(expr value, int conversion, expr? format_spec)   -- {value!conversion:format_spec}
 *      | JoinedStr(expr* values)                      -- f-string: Constant and FormattedValue parts
 *      | Constant(constant value, string? kind)
 *      | Attribute(expr value, identifier attr, expr_context ctx)
 *      | Subscript(expr value, expr slice, expr_context ctx)
 *      | Starred(expr value, expr_context ctx)
 *      | Name(identifier id, expr_context ctx)
 *      | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)
 *      | Slice(expr? lower, expr? upper, expr? step)  -- only as a Subscript's slice (or in its Tuple)
 * </pre>
 * Name clashes, all confined to this file: the records {@code Expr.BoolOp} and {@code Expr.UnaryOp} share their
 * names with the operator enums {@link org.pyvm.ast.BoolOp} and {@link org.pyvm.ast.UnaryOp} (CPython has the same
 * pairs: {@code ast.BoolOp} the node, {@code ast.boolop} the operator), and {@code Expr.List} / {@code Expr.Set}
 * with {@code java.util}. Inside this file the enums and {@code java.util.List} are therefore written fully
 * qualified; elsewhere write the records qualified ({@code Expr.List}, {@code Expr.BoolOp}) and the rest as usual.
 */
public sealed interface Expr extends Positioned {
    /** {@code v1 op v2 op ...} for {@code and}/{@code or}; at least two values. */
    record BoolOp(org.pyvm.ast.BoolOp op, java.util.List<Expr> values, Pos pos) implements Expr {}

    /** {@code target := value} (target is a Name in Store context). */
    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}

    /** {@code left op right}. */
    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}

    /** {@code op operand}. */
    record UnaryOp(org.pyvm.ast.UnaryOp op, Expr operand, Pos pos) implements Expr {}

    /** {@code lambda args: body}. */
    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    /** {@code {k: v, **m}}: keys and values pair up; a null key marks {@code **m} (m in values). */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Pos pos) implements Expr {}

    /** {@code {a, b}}. */
    record Set(java.util.List<Expr> elts, Pos pos) implements Expr {}

    /** {@code [elt for ...]}. */
    record ListComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}

    /** {@code {elt for ...}}. */
    record SetComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}

    /** {@code {key: value for ...}}. */
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Pos pos) implements Expr {}

    /** {@code (elt for ...)}. */
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}

    /** {@code await value}. */
    record Await(Expr value, Pos pos) implements Expr {}

    /** {@code yield [value]}. */
    record Yield(Expr value, Pos pos) implements Expr {}

    /** {@code yield from value}. */
    record YieldFrom(Expr value, Pos pos) implements Expr {}

    /** {@code left op1 c1 op2 c2 ...}: ops.size() == comparators.size() >= 1. */
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Pos pos)
            implements Expr {}

    /** {@code func(args, keywords)}; {@code *a} is a Starred in args, {@code **k} a Keyword with null arg. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Pos pos) implements Expr {}

    /**
     * One replacement field of an f-string. conversion is -1 (none) or the code point of {@code 's'}, {@code 'r'},
     * {@code 'a'}; formatSpec is a JoinedStr or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

    /** An f-string (possibly concatenated with plain strings): Constant(str) and FormattedValue parts. */
    record JoinedStr(java.util.List<Expr> values, Pos pos) implements Expr {}

    /**
     * A literal. value is one of: {@code String} (str), {@code Boolean}, {@code null} (None),
     * {@code BigInteger} (int), {@code Double} (float), {@link Complex}, {@link Bytes}, {@link Ellipsis#ELLIPSIS}.
     * kind is "u" for a str literal written with a {@code u} prefix, else null. The constructor rejects any other
     * value class.
     */
    record Constant(Object value, String kind, Pos pos) implements Expr {
        public Constant {
            if (!isConstantValue(value)) {
                throw new IllegalArgumentException("not a constant value: " + value.getClass().getName());
            }
        }

        /** Whether {@code value} is allowed as a {@code Constant.value}. */
        public static boolean isConstantValue(Object value) {
            return value == null || value instanceof String || value instanceof Boolean
                    || value instanceof BigInteger || value instanceof Double || value instanceof Complex
                    || value instanceof Bytes || value == Ellipsis.ELLIPSIS;
        }

        /** A complex literal's value ({@code 3j} is {@code Complex(0.0, 3.0)}). */
        public record Complex(double real, double imag) {}

        /** A bytes literal's value. Holds its own copy of the bytes; equal when the bytes are equal. */
        public record Bytes(byte[] data) {
            public Bytes {
                data = data.clone();
            }

            /** A copy of the bytes. */
            @Override
            public byte[] data() {
                return data.clone();
            }

            public int length() {
                return data.length;
            }

            /** The bytes as lowercase hex, two digits each (Python's {@code bytes.hex()}). */
            public String hex() {
                return HexFormat.of().formatHex(data);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Bytes b && Arrays.equals(data, b.data);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(data);
            }

            @Override
            public String toString() {
                return "Bytes[" + hex() + "]";
            }
        }

        /** The value of the literal {@code ...}. */
        public enum Ellipsis { ELLIPSIS }
    }

    /** {@code value.attr}. */
    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}

    /** {@code value[slice]}; slice is a Slice, a Tuple (maybe holding Slices) or any expression. */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}

    /** {@code *value}. */
    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}

    /** A name (NFKC-normalized identifier). */
    record Name(String id, ExprContext ctx, Pos pos) implements Expr {}

    /** {@code [a, b]}. */
    record List(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    /** {@code (a, b)} or {@code a, b}. */
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    /** {@code lower:upper:step}. */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}
}
