package org.pyvm.ast;

import java.util.List;

/**
 * The parameter list of a def or lambda. Not positioned.
 * <pre>
 * arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg,
 *              expr* defaults)
 * </pre>
 * defaults are the defaults of the last positional parameters (posonlyargs then args); kwDefaults pairs up with
 * kwonlyargs, holding null for a keyword-only parameter without default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {}
