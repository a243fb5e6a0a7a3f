package org.pyvm.compiler;

import java.util.List;

import org.pyvm.ast.Arg;
import org.pyvm.ast.Arguments;
import org.pyvm.ast.Comprehension;
import org.pyvm.ast.Expr;
import org.pyvm.ast.Keyword;
import org.pyvm.bytecode.Constants;

/**
 * An expression back to source text, exactly as CPython 3.12's {@code Python/ast_unparse.c} writes it: the string
 * an annotation becomes under {@code from __future__ import annotations} (PEP 563). Parentheses come from operator
 * precedence, not from the source; infinite floats are written {@code 1e309}.
 */
final class Unparser {
    // Precedence levels, lowest first (ast_unparse.c's PR_*).
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_BOR = 6;
    private static final int PR_EXPR = PR_BOR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {
    }

    /** The source text of {@code e} (CPython's {@code _PyAST_ExprAsUnicode}). */
    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, PR_TEST);
        return u.out.toString();
    }

    private static String unparse(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            out.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            out.append(')');
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp b) {
            int pr = b.op() == org.pyvm.ast.BoolOp.And ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) {
                    out.append(b.op() == org.pyvm.ast.BoolOp.And ? " and " : " or ");
                }
                expr(b.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.BinOp b) {
            int pr;
            switch (b.op()) {
                case Add, Sub -> pr = PR_ARITH;
                case Mult, MatMult, Div, Mod, FloorDiv -> pr = PR_TERM;
                case LShift, RShift -> pr = PR_SHIFT;
                case BitOr -> pr = PR_BOR;
                case BitXor -> pr = PR_BXOR;
                case BitAnd -> pr = PR_BAND;
                default -> pr = PR_POWER;
            }
            boolean rassoc = b.op() == org.pyvm.ast.Operator.Pow;
            open(level > pr);
            expr(b.left(), pr + (rassoc ? 1 : 0));
            out.append(' ').append(b.op().symbol()).append(' ');
            expr(b.right(), pr + (rassoc ? 0 : 1));
            close(level > pr);
        } else if (e instanceof Expr.UnaryOp un) {
            int pr = un.op() == org.pyvm.ast.UnaryOp.Not ? PR_NOT : PR_FACTOR;
            open(level > pr);
            out.append(un.op() == org.pyvm.ast.UnaryOp.Not ? "not " : un.op().symbol());
            expr(un.operand(), pr);
            close(level > pr);
        } else if (e instanceof Expr.Lambda l) {
            open(level > PR_TEST);
            out.append("lambda");
            String args = arguments(l.args());
            if (!args.isEmpty()) {
                out.append(' ').append(args);
            }
            out.append(": ");
            expr(l.body(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.IfExp i) {
            open(level > PR_TEST);
            expr(i.body(), PR_TEST + 1);
            out.append(" if ");
            expr(i.test(), PR_TEST + 1);
            out.append(" else ");
            expr(i.orelse(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.Dict d) {
            out.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                Expr k = d.keys().get(i);
                if (k != null) {
                    expr(k, PR_TEST);
                    out.append(": ");
                    expr(d.values().get(i), PR_TEST);
                } else {
                    out.append("**");
                    expr(d.values().get(i), PR_EXPR);
                }
            }
            out.append('}');
        } else if (e instanceof Expr.Set s) {
            if (s.elts().isEmpty()) {
                out.append("{*()}");
                return;
            }
            out.append('{');
            list(s.elts(), PR_TEST);
            out.append('}');
        } else if (e instanceof Expr.ListComp c) {
            out.append('[');
            expr(c.elt(), PR_TEST);
            comprehensions(c.generators());
            out.append(']');
        } else if (e instanceof Expr.SetComp c) {
            out.append('{');
            expr(c.elt(), PR_TEST);
            comprehensions(c.generators());
            out.append('}');
        } else if (e instanceof Expr.DictComp c) {
            out.append('{');
            expr(c.key(), PR_TEST);
            out.append(": ");
            expr(c.value(), PR_TEST);
            comprehensions(c.generators());
            out.append('}');
        } else if (e instanceof Expr.GeneratorExp g) {
            out.append('(');
            expr(g.elt(), PR_TEST);
            comprehensions(g.generators());
            out.append(')');
        } else if (e instanceof Expr.Await a) {
            open(level > PR_AWAIT);
            out.append("await ");
            expr(a.value(), PR_ATOM);
            close(level > PR_AWAIT);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() == null) {
                out.append("(yield)");
            } else {
                out.append("(yield ");
                expr(y.value(), PR_TEST);
                out.append(')');
            }
        } else if (e instanceof Expr.YieldFrom y) {
            out.append("(yield from ");
            expr(y.value(), PR_TEST);
            out.append(')');
        } else if (e instanceof Expr.Compare c) {
            open(level > PR_CMP);
            expr(c.left(), PR_CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(c.ops().get(i).symbol()).append(' ');
                expr(c.comparators().get(i), PR_CMP + 1);
            }
            close(level > PR_CMP);
        } else if (e instanceof Expr.Call c) {
            expr(c.func(), PR_ATOM);
            if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
                expr(g, PR_TEST);
                return;
            }
            out.append('(');
            boolean first = true;
            for (Expr a : c.args()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                expr(a, PR_TEST);
            }
            for (Keyword k : c.keywords()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                if (k.arg() == null) {
                    out.append("**");
                } else {
                    out.append(k.arg()).append('=');
                }
                expr(k.value(), PR_TEST);
            }
            out.append(')');
        } else if (e instanceof Expr.Constant c) {
            if (c.value() == Expr.Constant.Ellipsis.ELLIPSIS) {
                out.append("...");
                return;
            }
            if (c.kind() != null) {
                out.append(c.kind());
            }
            out.append(repr(ConstantFolder.fromAst(c.value())));
        } else if (e instanceof Expr.JoinedStr j) {
            out.append('f').append(Constants.strRepr(fstringBody(j.values(), false)));
        } else if (e instanceof Expr.FormattedValue f) {
            out.append(formattedValue(f));
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), PR_ATOM);
            boolean intConst = a.value() instanceof Expr.Constant k && k.value() instanceof java.math.BigInteger;
            out.append(intConst ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), PR_ATOM);
            out.append('[');
            expr(s.slice(), PR_TUPLE);
            out.append(']');
        } else if (e instanceof Expr.Starred s) {
            out.append('*');
            expr(s.value(), PR_EXPR);
        } else if (e instanceof Expr.Name n) {
            out.append(n.id());
        } else if (e instanceof Expr.List l) {
            out.append('[');
            list(l.elts(), PR_TEST);
            out.append(']');
        } else if (e instanceof Expr.Tuple t) {
            if (t.elts().isEmpty()) {
                out.append("()");
                return;
            }
            open(level > PR_TUPLE);
            list(t.elts(), PR_TEST);
            if (t.elts().size() == 1) {
                out.append(',');
            }
            close(level > PR_TUPLE);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower(), PR_TEST);
            }
            out.append(':');
            if (s.upper() != null) {
                expr(s.upper(), PR_TEST);
            }
            if (s.step() != null) {
                out.append(':');
                expr(s.step(), PR_TEST);
            }
        } else if (e instanceof Expr.NamedExpr n) {
            open(level > PR_TUPLE);
            expr(n.target(), PR_ATOM);
            out.append(" := ");
            expr(n.value(), PR_ATOM);
            close(level > PR_TUPLE);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private void list(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            out.append(c.isAsync() != 0 ? " async for " : " for ");
            expr(c.target(), PR_TUPLE);
            out.append(" in ");
            expr(c.iter(), PR_TEST + 1);
            for (Expr cond : c.ifs()) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    private String arguments(Arguments a) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        int posonly = a.posonlyargs().size();
        int count = posonly + a.args().size();
        int defaults = a.defaults().size();
        for (int i = 0; i < count; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(arg(i < posonly ? a.posonlyargs().get(i) : a.args().get(i - posonly)));
            int di = i - count + defaults;
            if (di >= 0) {
                sb.append('=').append(unparse(a.defaults().get(di), PR_TEST));
            }
            if (posonly > 0 && i + 1 == posonly) {
                sb.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg() != null) {
                sb.append(arg(a.vararg()));
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(", ").append(arg(a.kwonlyargs().get(i)));
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=').append(unparse(d, PR_TEST));
            }
        }
        if (a.kwarg() != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**").append(arg(a.kwarg()));
        }
        return sb.toString();
    }

    private static String arg(Arg a) {
        return a.annotation() == null ? a.arg() : a.arg() + ": " + unparse(a.annotation(), PR_TEST);
    }

    /** repr() of a constant, with infinities written 1e309 (so the text parses back). */
    private static String repr(Object v) {
        if (v instanceof Constants.Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
            }
            return sb.append(t.items().size() == 1 ? ",)" : ")").toString();
        }
        String r = Constants.repr(v);
        if ((v instanceof Double d && Double.isInfinite(d)) || v instanceof Constants.Complex) {
            r = r.replace("inf", "1e309");
        }
        return r;
    }

    private static String fstringBody(List<Expr> values, boolean formatSpec) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : values) {
            fstringElement(sb, v, formatSpec);
        }
        return sb.toString();
    }

    private static void fstringElement(StringBuilder sb, Expr e, boolean formatSpec) {
        if (e instanceof Expr.Constant c && c.value() instanceof String s) {
            sb.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof Expr.JoinedStr j) {
            if (formatSpec) {
                sb.append(fstringBody(j.values(), true));
            } else {
                sb.append('f').append(Constants.strRepr(fstringBody(j.values(), false)));
            }
        } else if (e instanceof Expr.FormattedValue f) {
            sb.append(formattedValue(f));
        }
    }

    private static String formattedValue(Expr.FormattedValue f) {
        StringBuilder sb = new StringBuilder();
        String value = unparse(f.value(), PR_TEST + 1);
        sb.append(value.startsWith("{") ? "{ " : "{").append(value);
        if (f.conversion() != -1) {
            sb.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() != null) {
            sb.append(':');
            fstringElement(sb, f.formatSpec(), true);
        }
        return sb.append('}').toString();
    }
}
