package org.pyvm.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.ast.Node;
import org.pyvm.ast.Pos;

/**
 * One block of the symbol table: CPython 3.12's {@code PySTEntryObject}. Built by {@link SymbolTable}; read-only
 * for everyone else.
 *
 * <p>Children are in source order, after analysis, as CPython leaves them: an inlined comprehension (PEP 709) is
 * replaced in its parent's children by its own children, and its symbols are merged into the parent's. The inlined
 * comprehension's own Scope (with its own symbols, {@link #isInlined()} true) stays reachable through
 * {@link SymbolTable#scopeOf(Node)}, as CPython's compiler reaches it through {@code PySymtable_Lookup}.
 */
public final class Scope {
    /** CPython's {@code _Py_block_ty}, numbered as {@code _symtable.TYPE_*}. */
    public enum Kind {
        /** A def, async def, lambda, comprehension or generator expression. */
        FUNCTION("function"),
        CLASS("class"),
        MODULE("module"),
        /** The annotations of a def or an AnnAssign under {@code from __future__ import annotations}. */
        ANNOTATION("annotation"),
        /** The lazily evaluated bound (or constraints) of a TypeVar. */
        TYPE_VAR_BOUND("TypeVar bound"),
        /** The lazily evaluated value of a {@code type X = ...} statement. */
        TYPE_ALIAS("type alias"),
        /** The scope holding the type parameters of a generic def, class or type alias. */
        TYPE_PARAMETERS("type parameters");

        private final String label;

        Kind(String label) { this.label = label; }

        /** The name CPython's {@code symtable} module gives this kind. */
        public String label() { return label; }
    }

    /** Which comprehension a FUNCTION scope is, if any. */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    private final Kind kind;
    private final String name;
    private final Node node;
    private final Pos pos;
    final Scope parent;
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Pos> directives = new LinkedHashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    Comprehension comprehension = Comprehension.NONE;
    boolean inlined;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean canSeeClassScope;
    boolean hasFree;
    boolean childFree;
    boolean futureAnnotations;

    // First-pass state.
    boolean compIterTarget;
    int compIterExpr;

    Scope(Kind kind, String name, Node node, Pos pos, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.pos = pos;
        this.parent = parent;
    }

    public Kind kind() { return kind; }

    /** {@code top} for the module, the def/class/alias name, {@code lambda}, {@code listcomp}, {@code genexpr} ... */
    public String name() { return name; }

    /**
     * The AST node that opened this scope: the Mod, the def/class/lambda/comprehension node, the TypeAlias (for its
     * value scope and its type-parameter scope alike), the TypeVar (for its bound scope).
     */
    public Node node() { return node; }

    /** The node's position (null for the module). */
    public Pos pos() { return pos; }

    /** CPython's {@code ste_lineno}: the opening node's first line, 0 for the module. */
    public int lineno() { return pos == null ? 0 : pos.lineno(); }

    /** The enclosing scope, null for the module. */
    public Scope parent() { return parent; }

    /** Symbols in first-definition order (free names passed through from children come last). */
    public Map<String, Symbol> symbols() { return Collections.unmodifiableMap(symbols); }

    /** The symbol of a (mangled) name, or null. */
    public Symbol lookup(String name) { return symbols.get(name); }

    /** The resolved scope of a name, {@code UNRESOLVED} when the name does not occur here. */
    public Symbol.Resolution resolve(String name) {
        Symbol s = symbols.get(name);
        return s == null ? Symbol.Resolution.UNRESOLVED : s.scope;
    }

    /**
     * The parameters in code-object order: positional-only, positional, keyword-only, {@code *args},
     * {@code **kwargs}; {@code .0} for a comprehension, {@code .defaults}/{@code .kwdefaults} for a generic def's
     * type-parameter scope.
     */
    public List<String> parameters() { return Collections.unmodifiableList(varnames); }

    /** Child scopes in source order (inlined comprehensions spliced away, see the class comment). */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** CPython's {@code ste_nested}: inside a function-like scope. */
    public boolean isNested() { return nested; }

    /** Function-like: its locals are fast locals (function, lambda, comprehension, annotation scopes). */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ANNOTATION || kind == Kind.TYPE_VAR_BOUND
                || kind == Kind.TYPE_ALIAS || kind == Kind.TYPE_PARAMETERS;
    }

    /** A yield or yield from was seen (or this is a generator expression). */
    public boolean isGenerator() { return generator; }

    /** An await, async for/with/comprehension was seen, or this is an async def. */
    public boolean isCoroutine() { return coroutine; }

    /** Generator and coroutine at once. */
    public boolean isAsyncGenerator() { return generator && coroutine; }

    public Comprehension comprehension() { return comprehension; }

    /** A list/set/dict comprehension inlined into its parent (PEP 709). */
    public boolean isInlined() { return inlined; }

    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkeywords() { return varkeywords; }

    /** A {@code return value} was seen. */
    public boolean returnsValue() { return returnsValue; }

    /** A class whose methods use {@code __class__} (or {@code super}): the body must create the cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** A class whose annotation scopes use {@code __classdict__}: the body must create that cell. */
    public boolean needsClassdict() { return needsClassdict; }

    /** An annotation scope directly inside a class: reads names through {@code __classdict__} first. */
    public boolean canSeeClassScope() { return canSeeClassScope; }

    /** CPython's {@code ste_free}: this scope has free variables (or is nested and reads globals). */
    public boolean hasFreeVariables() { return hasFree; }

    /** CPython's {@code ste_child_free}: some descendant has free variables. */
    public boolean hasChildWithFreeVariables() { return childFree; }

    /** Names of the given resolution, sorted (the order CPython's compiler uses for cell and free variables). */
    public List<String> namesWith(Symbol.Resolution resolution) {
        List<String> out = new ArrayList<>();
        for (Symbol s : symbols.values()) {
            if (s.scope == resolution) {
                out.add(s.name());
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public String toString() {
        return kind.label() + " " + name + " line " + lineno();
    }
}
