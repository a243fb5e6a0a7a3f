package org.pyvm.ast;

/**
 * A comparison operator of a Compare node.
 * <pre>
 * cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
 * </pre>
 */
public enum CmpOp implements Node {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"),
    NotIn("not in");

    private final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }
}
