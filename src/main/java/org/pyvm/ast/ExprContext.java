package org.pyvm.ast;

/**
 * How an expression is used: read, assigned or deleted. Carried by Name, Attribute, Subscript, Starred, List and
 * Tuple.
 * <pre>
 * expr_context = Load | Store | Del
 * </pre>
 */
public enum ExprContext implements Node {
    Load, Store, Del
}
