package org.pyvm.ast;

/**
 * Type parameters of generic functions, classes and type aliases (PEP 695). All positioned.
 * <pre>
 * type_param = TypeVar(identifier name, expr? bound)   -- T or T: bound (a Tuple bound means constraints)
 *            | ParamSpec(identifier name)              -- **P
 *            | TypeVarTuple(identifier name)           -- *Ts
 * </pre>
 */
public sealed interface TypeParam extends Positioned {
    /** {@code name} or {@code name: bound}. */
    record TypeVar(String name, Expr bound, Pos pos) implements TypeParam {}

    /** {@code **name}. */
    record ParamSpec(String name, Pos pos) implements TypeParam {}

    /** {@code *name}. */
    record TypeVarTuple(String name, Pos pos) implements TypeParam {}
}
