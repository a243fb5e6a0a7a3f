package org.pyvm.ast;

import java.util.List;

/**
 * One {@code except} clause of a Try or TryStar. Positioned.
 * <pre>
 * excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)   -- except type as name: body
 * </pre>
 * CPython's family {@code excepthandler} has this single constructor, so the family is this one record (Java
 * forbids a nested {@code ExceptHandler.ExceptHandler}).
 */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Positioned {}
