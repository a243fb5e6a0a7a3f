package org.pyvm.ast;

/**
 * The operator of an {@link Expr.UnaryOp} node (CPython's {@code unaryop}; the node of the same name is the
 * record {@code Expr.UnaryOp}).
 * <pre>
 * unaryop = Invert | Not | UAdd | USub      -- ~x, not x, +x, -x
 * </pre>
 */
public enum UnaryOp implements Node {
    Invert("~"), Not("not"), UAdd("+"), USub("-");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
