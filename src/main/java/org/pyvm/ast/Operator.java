package org.pyvm.ast;

/**
 * A binary operator, of BinOp and AugAssign.
 * <pre>
 * operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
 * </pre>
 */
public enum Operator implements Node {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source ({@code "+"}; the augmented form appends {@code "="}). */
    public String symbol() {
        return symbol;
    }
}
