package org.pyvm.compiler;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyvm.ast.Alias;
import org.pyvm.ast.Expr;
import org.pyvm.ast.Mod;
import org.pyvm.ast.Pos;
import org.pyvm.ast.Stmt;

/**
 * The {@code from __future__ import ...} statements of a module, parsed as CPython's {@code future.c} parses them:
 * only the leading run of them (after an optional docstring) counts. Unknown features are errors here;
 * a future import after that run is an error of the compiler ({@link CompilerChecks}).
 */
public final class FutureFeatures {
    /** Features CPython 3.12 accepts (all but {@code annotations} and {@code barry_as_FLUFL} are no-ops). */
    public static final List<String> KNOWN = List.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
            "annotations");

    private final Set<String> features;
    private final Pos lastFuture;

    private FutureFeatures(Set<String> features, Pos lastFuture) {
        this.features = features;
        this.lastFuture = lastFuture;
    }

    /** No future statements. */
    public static FutureFeatures none() {
        return new FutureFeatures(Set.of(), null);
    }

    /**
     * @throws org.pyvm.parse.PySyntaxError {@code future feature X is not defined} or {@code not a chance}, at the
     *         import statement
     */
    public static FutureFeatures parse(Mod mod, String filename, String source) {
        List<Stmt> body;
        if (mod instanceof Mod.Module m) {
            body = m.body();
        } else if (mod instanceof Mod.Interactive m) {
            body = m.body();
        } else {
            return none();
        }
        Set<String> features = new LinkedHashSet<>();
        Pos last = null;
        int i = 0;
        if (!body.isEmpty() && isDocstring(body.get(0))) {
            i++;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || !"__future__".equals(s.module())) {
                break;
            }
            for (Alias a : s.names()) {
                String f = a.name();
                if (KNOWN.contains(f)) {
                    features.add(f);
                } else if (f.equals("braces")) {
                    throw startOnly(filename, source, "not a chance", s.pos());
                } else {
                    throw startOnly(filename, source, "future feature " + f + " is not defined", s.pos());
                }
            }
            last = s.pos();
        }
        return new FutureFeatures(Collections.unmodifiableSet(features), last);
    }

    /** CPython reports these errors with a start position only (end offset None). */
    private static org.pyvm.parse.PySyntaxError startOnly(String filename, String source, String msg, Pos p) {
        return SymbolTable.syntaxError(filename, source, msg, p.lineno(), p.colOffset() + 1, p.lineno(), 0);
    }

    static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }

    /** The feature names in effect, in order of first import. */
    public Set<String> features() { return features; }

    public boolean has(String feature) { return features.contains(feature); }

    /** PEP 563: annotations are not evaluated (stored as strings). */
    public boolean annotations() { return features.contains("annotations"); }

    /** The position of the last valid future statement, null if none. */
    public Pos lastFuture() { return lastFuture; }
}
