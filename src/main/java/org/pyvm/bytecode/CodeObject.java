package org.pyvm.bytecode;

import java.util.Arrays;
import java.util.Objects;

/**
 * A compiled code object: CPython's {@code types.CodeType}, laid out for a fast interpreter.
 *
 * <p>Fields are public and final for the interpreter loop; the arrays are shared and must never be modified
 * (the VM copies {@link #code} if it quickens it). Structural shape (non-null parts, array lengths) is checked by the
 * constructor; everything about meaning (indexes, jumps, stack depths, the exception table) by {@link Verifier}.
 *
 * <ul>
 * <li>{@link #code}: one int per instruction, {@code arg << 8 | opcode number} ({@link Opcode#of},
 *     {@link Opcode#argOf}). Offsets and jump targets are indexes into this array.</li>
 * <li>{@link #positions}: four ints per instruction: line, end line, column, end column (columns are 0-based UTF-8
 *     byte offsets as in the AST, the end column exclusive); -1 where unknown.</li>
 * <li>{@link #varnames}: the fast locals, parameters first in the order positional (the first posOnlyArgCount
 *     of them positional-only), keyword-only, then *args and **kwargs if the flags say so.</li>
 * <li>{@link #cellvars}, {@link #freevars}: cell index i &lt; cellvars.length is cellvars[i], else
 *     freevars[i - cellvars.length]. A captured parameter is named in both varnames and cellvars; the compiler
 *     copies it into its cell at the start of the function (LOAD_FAST, STORE_DEREF).</li>
 * <li>{@link #consts}: see {@link Constants}; a docstring, if any, is consts[0] (as in CPython).</li>
 * </ul>
 */
public final class CodeObject {
    // CPython's co_flags bits.
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    public static final int CO_HAS_DOCSTRING = 0x4000_0000;
    /** Every flag a valid code object may carry. */
    public static final int CO_ALL = 0x03FF | CO_HAS_DOCSTRING;
    /** The flags that make a call return a generator, coroutine or async generator. */
    public static final int CO_SUSPENDABLE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final int maxStack;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final String[] names;
    public final Object[] consts;
    public final int[] code;
    public final ExceptionEntry[] exceptionTable;
    public final int[] positions;
    /** Derived: the inline-cache slot of each instruction (-1 if its opcode is not CACHED). */
    public final int[] cacheIndex;
    /** Derived: the number of inline-cache slots. */
    public final int cacheCount;

    public CodeObject(String name, String qualname, String filename, int firstLine,
                      int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags, int maxStack,
                      String[] varnames, String[] cellvars, String[] freevars, String[] names, Object[] consts,
                      int[] code, ExceptionEntry[] exceptionTable, int[] positions) {
        this.name = Objects.requireNonNull(name, "name");
        this.qualname = Objects.requireNonNull(qualname, "qualname");
        this.filename = Objects.requireNonNull(filename, "filename");
        this.firstLine = firstLine;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.maxStack = maxStack;
        this.varnames = noNulls(varnames, "varnames");
        this.cellvars = noNulls(cellvars, "cellvars");
        this.freevars = noNulls(freevars, "freevars");
        this.names = noNulls(names, "names");
        this.consts = Objects.requireNonNull(consts, "consts").clone();
        for (int i = 0; i < this.consts.length; i++) {
            this.consts[i] = Constants.normalize(this.consts[i]);
        }
        this.code = Objects.requireNonNull(code, "code");
        this.exceptionTable = noNulls(exceptionTable, "exceptionTable");
        this.positions = Objects.requireNonNull(positions, "positions");
        if (positions.length != 4 * code.length) {
            throw new IllegalArgumentException("positions has " + positions.length + " entries for "
                    + code.length + " instructions (4 each)");
        }
        this.cacheIndex = new int[code.length];
        int slots = 0;
        for (int pc = 0; pc < code.length; pc++) {
            Opcode op = Opcode.of(code[pc]);
            cacheIndex[pc] = op != null && op.is(Opcode.F_CACHED) ? slots++ : -1;
        }
        this.cacheCount = slots;
    }

    private static <T> T[] noNulls(T[] a, String what) {
        Objects.requireNonNull(a, what);
        for (T t : a) {
            Objects.requireNonNull(t, what + " element");
        }
        return a;
    }

    /**
     * This code object with {@code filename} as its file name, nested code objects included (as CPython's
     * {@code _imp._fix_co_filename} when a cached file was compiled under another path); this object if equal.
     */
    public CodeObject withFilename(String newName) {
        if (filename.equals(newName)) {
            return this;
        }
        Object[] cs = consts.clone();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] instanceof CodeObject c) {
                cs[i] = c.withFilename(newName);
            }
        }
        return new CodeObject(name, qualname, newName, firstLine, argCount, posOnlyArgCount, kwOnlyArgCount, flags,
                maxStack, varnames, cellvars, freevars, names, cs, code, exceptionTable, positions);
    }

    /** The name of cell index i (cellvars then freevars). */
    public String cellOrFreeName(int i) {
        return i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
    }

    /** Number of parameter names at the front of varnames (positional, keyword-only, *args, **kwargs). */
    public int parameterCount() {
        return argCount + kwOnlyArgCount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    public int line(int pc) {
        return positions[4 * pc];
    }

    public int endLine(int pc) {
        return positions[4 * pc + 1];
    }

    public int column(int pc) {
        return positions[4 * pc + 2];
    }

    public int endColumn(int pc) {
        return positions[4 * pc + 3];
    }

    /** The exception-table entry covering instruction pc, or null (binary search over the sorted entries). */
    public ExceptionEntry handlerFor(int pc) {
        int lo = 0;
        int hi = exceptionTable.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ExceptionEntry e = exceptionTable[mid];
            if (pc < e.start()) {
                hi = mid - 1;
            } else if (pc >= e.end()) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CodeObject c
                && name.equals(c.name) && qualname.equals(c.qualname) && filename.equals(c.filename)
                && firstLine == c.firstLine && argCount == c.argCount && posOnlyArgCount == c.posOnlyArgCount
                && kwOnlyArgCount == c.kwOnlyArgCount && flags == c.flags && maxStack == c.maxStack
                && Arrays.equals(varnames, c.varnames) && Arrays.equals(cellvars, c.cellvars)
                && Arrays.equals(freevars, c.freevars) && Arrays.equals(names, c.names)
                && Arrays.equals(consts, c.consts) && Arrays.equals(code, c.code)
                && Arrays.equals(exceptionTable, c.exceptionTable) && Arrays.equals(positions, c.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, qualname, firstLine, Arrays.hashCode(code));
    }

    /** As CPython's repr, without the address: {@code <code object f, file "x.py", line 3>}. */
    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
    }
}
