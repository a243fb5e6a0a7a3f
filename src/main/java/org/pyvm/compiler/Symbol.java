package org.pyvm.compiler;

/**
 * One name of one scope: the raw facts the first pass collected ({@link #flags()}, CPython's {@code DEF_*} bits) and
 * the scope the analysis resolved ({@link #scope()}), exactly as CPython 3.12's {@code symtable.c} computes them.
 *
 * <p>The name is the stored name, i.e. already mangled ({@code __x} in class {@code C} is {@code _C__x}).
 */
public final class Symbol {
    /** Declared {@code global} (or an assignment expression target bound in a module). */
    public static final int DEF_GLOBAL = 1;
    /** Assigned, deleted or otherwise bound in this scope (also the target of a def or class). */
    public static final int DEF_LOCAL = 2;
    /** A parameter of this scope. */
    public static final int DEF_PARAM = 2 << 1;
    /** Declared {@code nonlocal} (or an assignment expression target in a comprehension inside a function). */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** Read in this scope. */
    public static final int USE = 2 << 3;
    /** Free in a child scope (not set by CPython 3.12's analysis; kept for completeness). */
    public static final int DEF_FREE = 2 << 4;
    /** Free in a child scope, while also bound here and this scope is a class (or can see a class). */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** Annotated ({@code x: int}) in this scope. */
    public static final int DEF_ANNOT = 2 << 7;
    /** A comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 2 << 8;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 2 << 9;
    /** A cell of an inlined comprehension (PEP 709) merged into this scope. */
    public static final int DEF_COMP_CELL = 2 << 10;
    /** Any binding: local, parameter or import. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Names of the flag bits, lowest bit first (ORDER: the bit values above). */
    static final String[] FLAG_NAMES = {
        "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
        "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL",
    };

    /** Where a name lives at run time (CPython's {@code LOCAL .. CELL}, numbered as CPython numbers them). */
    public enum Resolution {
        /** Placeholder of the first pass; never seen after analysis. */
        UNRESOLVED,
        /** A local variable of this scope (fast local in functions, namespace entry in modules and classes). */
        LOCAL,
        /** Declared global: always the module's globals. */
        GLOBAL_EXPLICIT,
        /** Not bound in any enclosing function: globals, then builtins (or the class/module namespace first). */
        GLOBAL_IMPLICIT,
        /** Bound in an enclosing function scope: read through a closure cell. */
        FREE,
        /** Local to this scope but captured by a nested scope: stored in a cell. */
        CELL
    }

    private final String name;
    int flags;
    Resolution scope = Resolution.UNRESOLVED;

    Symbol(String name, int flags) {
        this.name = name;
        this.flags = flags;
    }

    public String name() { return name; }

    /** The {@code DEF_*} / {@code USE} bits. */
    public int flags() { return flags; }

    /** The resolved scope. */
    public Resolution scope() { return scope; }

    public boolean has(int flag) { return (flags & flag) != 0; }

    public boolean isReferenced() { return has(USE); }
    public boolean isParameter() { return has(DEF_PARAM); }
    public boolean isImported() { return has(DEF_IMPORT); }
    public boolean isAssigned() { return has(DEF_LOCAL); }
    public boolean isAnnotated() { return has(DEF_ANNOT); }
    public boolean isNonlocal() { return has(DEF_NONLOCAL); }
    public boolean isTypeParameter() { return has(DEF_TYPE_PARAM); }
    public boolean isGlobal() { return scope == Resolution.GLOBAL_EXPLICIT || scope == Resolution.GLOBAL_IMPLICIT; }
    public boolean isDeclaredGlobal() { return scope == Resolution.GLOBAL_EXPLICIT; }
    public boolean isLocal() { return scope == Resolution.LOCAL || scope == Resolution.CELL; }
    public boolean isFree() { return scope == Resolution.FREE; }
    public boolean isCell() { return scope == Resolution.CELL; }

    /** The flags as names joined by {@code |}, lowest bit first; {@code -} when none. */
    public String flagNames() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    @Override
    public String toString() {
        return name + " " + scope + " " + flagNames();
    }
}
