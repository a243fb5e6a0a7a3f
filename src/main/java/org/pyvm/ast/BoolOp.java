package org.pyvm.ast;

/**
 * The operator of an {@link Expr.BoolOp} node (CPython's {@code boolop}; the node of the same name is the record
 * {@code Expr.BoolOp}).
 * <pre>
 * boolop = And | Or
 * </pre>
 */
public enum BoolOp implements Node {
    And("and"), Or("or");

    private final String symbol;

    BoolOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
