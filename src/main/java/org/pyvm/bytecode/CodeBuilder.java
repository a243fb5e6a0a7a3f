package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assembler the compiler emits into: instructions with labels, a current source position, deduplicated
 * constants and names, exception handlers as a stack of try-ranges; {@link #build} resolves the labels, fuses
 * superinstructions, flattens the handlers into the exception table, computes max stack and makes the
 * {@link CodeObject}.
 *
 * <p>Exception handlers: {@code pushHandler(label, lasti)} makes every instruction emitted until the matching
 * {@link #popHandler} covered by the handler at {@code label} (the innermost pushed handler wins). The handler's
 * depth is the stack depth at the instruction emitted right after the push (the try-block's start), computed by
 * the flow analysis at build time; {@link #pushHandler(Label, int, boolean)} gives it explicitly instead.
 *
 * <p>Misuse (an unbound label, an argument out of range, a stack that does not add up) is a compiler bug and throws
 * IllegalStateException or IllegalArgumentException.
 */
public final class CodeBuilder {
    /** A jump target; bind it where it belongs with {@link #bind}. */
    public static final class Label {
        private int index = -1;

        /** The bound instruction index, or -1. */
        public int index() {
            return index;
        }
    }

    private record Handler(Label target, int depth, boolean lasti, int start) {
    }

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLine;
    private int argCount;
    private int posOnlyArgCount;
    private int kwOnlyArgCount;
    private int flags;
    private boolean fuse = true;

    private final List<String> varnames = new ArrayList<>();
    private final Map<String, Integer> varIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final Map<Object, Integer> codeConstIndex = new IdentityHashMap<>();
    private String[] cellvars = new String[0];
    private String[] freevars = new String[0];

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private Label[] jumpLabels = new Label[64];
    private int[] handlerOf = new int[64];
    private int[] pos = new int[256];
    private int count;

    private final List<Handler> handlers = new ArrayList<>();
    private final List<Integer> handlerStack = new ArrayList<>();
    private int line = -1;
    private int endLine = -1;
    private int col = -1;
    private int endCol = -1;

    public CodeBuilder(String name, String qualname, String filename, int firstLine) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.line = firstLine;
        this.endLine = firstLine;
    }

    // ---- signature and pools

    public CodeBuilder argCount(int n) {
        this.argCount = n;
        return this;
    }

    public CodeBuilder posOnlyArgCount(int n) {
        this.posOnlyArgCount = n;
        return this;
    }

    public CodeBuilder kwOnlyArgCount(int n) {
        this.kwOnlyArgCount = n;
        return this;
    }

    /** Adds CodeObject.CO_* flags. */
    public CodeBuilder addFlags(int f) {
        this.flags |= f;
        return this;
    }

    public int flags() {
        return flags;
    }

    /** Whether {@link #build} fuses instruction pairs into superinstructions (default true). */
    public CodeBuilder fuse(boolean on) {
        this.fuse = on;
        return this;
    }

    /** The index of local variable {@code name}, added at the end if new (add parameters first, in order). */
    public int local(String name) {
        Integer i = varIndex.get(name);
        if (i == null) {
            i = varnames.size();
            varnames.add(name);
            varIndex.put(name, i);
        }
        return i;
    }

    /** The cell and free variable names, fixed before any DEREF instruction is emitted. */
    public CodeBuilder cells(List<String> cellvars, List<String> freevars) {
        this.cellvars = cellvars.toArray(new String[0]);
        this.freevars = freevars.toArray(new String[0]);
        return this;
    }

    /** The cell index of {@code name}: its cellvars index, else cellvars.length + its freevars index. */
    public int cell(String name) {
        for (int i = 0; i < cellvars.length; i++) {
            if (cellvars[i].equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < freevars.length; i++) {
            if (freevars[i].equals(name)) {
                return cellvars.length + i;
            }
        }
        throw new IllegalArgumentException("no cell or free variable '" + name + "' in " + qualname);
    }

    /** The index of {@code name} in names, added if new. */
    public int name(String name) {
        Integer i = nameIndex.get(name);
        if (i == null) {
            i = names.size();
            names.add(name);
            nameIndex.put(name, i);
        }
        return i;
    }

    /**
     * The index of a constant (see {@link Constants}; Java null is not None), added if new. Equal values share a
     * slot (1, 1.0 and True stay apart); code objects are kept one slot each.
     */
    public int constant(Object value) {
        Object v = Constants.normalize(value);
        Map<Object, Integer> index = v instanceof CodeObject ? codeConstIndex : constIndex;
        Integer i = index.get(v);
        if (i == null) {
            i = consts.size();
            consts.add(v);
            index.put(v, i);
        }
        return i;
    }

    // ---- positions

    /** The source position of the instructions emitted next (-1 for unknown parts). */
    public CodeBuilder position(int line, int endLine, int col, int endCol) {
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
        return this;
    }

    /** Only a line: the columns become unknown. */
    public CodeBuilder line(int line) {
        return position(line, line, -1, -1);
    }

    // ---- instructions

    /** Index the next instruction will have. */
    public int next() {
        return count;
    }

    public Label newLabel() {
        return new Label();
    }

    /** Binds {@code label} to the next instruction emitted. */
    public CodeBuilder bind(Label label) {
        if (label.index >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        label.index = count;
        return this;
    }

    /** Emits an instruction without argument. */
    public CodeBuilder emit(Opcode op) {
        return emit(op, 0);
    }

    /** Emits an instruction with an argument (not for jumps: use {@link #emit(Opcode, Label)}). */
    public CodeBuilder emit(Opcode op, int arg) {
        if (op.isJump()) {
            throw new IllegalArgumentException(op + " needs a label");
        }
        if (op.is(Opcode.F_SPECIALIZED) || op.is(Opcode.F_SUPER)) {
            throw new IllegalArgumentException(op + " is made by the VM or by build(), not emitted");
        }
        if (arg < 0 || arg > OperandKind.MAX_ARG) {
            throw new IllegalArgumentException(op + " argument " + arg + " out of range");
        }
        add(op, arg, null);
        return this;
    }

    /** Emits a jump to {@code target} (bound before or later). */
    public CodeBuilder emit(Opcode op, Label target) {
        if (!op.isJump()) {
            throw new IllegalArgumentException(op + " is not a jump");
        }
        add(op, 0, target);
        return this;
    }

    /** An unconditional jump: JUMP_BACKWARD if the label is already bound, else JUMP_FORWARD. */
    public CodeBuilder jump(Label target) {
        return emit(target.index >= 0 ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, target);
    }

    private void add(Opcode op, int arg, Label target) {
        if (count == ops.length) {
            int cap = count * 2;
            ops = Arrays.copyOf(ops, cap);
            args = Arrays.copyOf(args, cap);
            jumpLabels = Arrays.copyOf(jumpLabels, cap);
            handlerOf = Arrays.copyOf(handlerOf, cap);
            pos = Arrays.copyOf(pos, 4 * cap);
        }
        ops[count] = op.number;
        args[count] = arg;
        jumpLabels[count] = target;
        handlerOf[count] = handlerStack.isEmpty() ? -1 : handlerStack.get(handlerStack.size() - 1);
        pos[4 * count] = line;
        pos[4 * count + 1] = endLine;
        pos[4 * count + 2] = col;
        pos[4 * count + 3] = endCol;
        count++;
    }

    // ---- exception handlers

    /** Covers what is emitted until popHandler by the handler at {@code target}, depth from the flow analysis. */
    public CodeBuilder pushHandler(Label target, boolean lasti) {
        return pushHandler(target, -1, lasti);
    }

    /** As {@link #pushHandler(Label, boolean)} with an explicit depth (-1: computed). */
    public CodeBuilder pushHandler(Label target, int depth, boolean lasti) {
        handlers.add(new Handler(target, depth, lasti, count));
        handlerStack.add(handlers.size() - 1);
        return this;
    }

    public CodeBuilder popHandler() {
        if (handlerStack.isEmpty()) {
            throw new IllegalStateException("popHandler without pushHandler");
        }
        handlerStack.remove(handlerStack.size() - 1);
        return this;
    }

    // ---- build

    /** Resolves labels and handlers, fuses superinstructions, computes max stack: the finished code object. */
    public CodeObject build() {
        if (!handlerStack.isEmpty()) {
            throw new IllegalStateException(handlerStack.size() + " exception handlers still pushed");
        }
        int n = count;
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            int arg = args[i];
            Label l = jumpLabels[i];
            if (l != null) {
                if (l.index < 0 || l.index >= n) {
                    throw new IllegalStateException("jump at " + i + " to a label that is not bound to an instruction");
                }
                arg = l.index;
            }
            code[i] = Opcode.byNumber(ops[i]).encode(arg);
        }
        if (fuse) {
            fuseSuperinstructions(code);
        }
        int[] depths = new int[handlers.size()];
        for (int h = 0; h < depths.length; h++) {
            depths[h] = handlers.get(h).depth;
            Label t = handlers.get(h).target;
            if (t.index < 0 || t.index >= n) {
                throw new IllegalStateException("exception handler label is not bound to an instruction");
            }
        }
        ExceptionEntry[] table;
        StackDepth.Flow flow;
        try {
            // Handlers with computed depths: settle depths handler by handler (a handler's own code may hold
            // the start of a nested try), each round seeding the ones already known.
            while (true) {
                table = table(n, depths, true);
                flow = StackDepth.analyze(code, table);
                boolean changed = false;
                for (int h = 0; h < depths.length; h++) {
                    if (depths[h] < 0) {
                        int d = firstReachableDepth(h, flow.depthIn(), n);
                        if (d >= 0) {
                            depths[h] = d;
                            changed = true;
                        }
                    }
                }
                if (!changed) {
                    break;
                }
            }
        } catch (StackDepth.FlowError e) {
            throw new IllegalStateException("bad stack in " + qualname + " at instruction " + e.pc + ": "
                    + e.getMessage());
        }
        return new CodeObject(name, qualname, filename, firstLine, argCount, posOnlyArgCount, kwOnlyArgCount,
                flags, flow.maxDepth(), varnames.toArray(new String[0]), cellvars.clone(), freevars.clone(),
                names.toArray(new String[0]), consts.toArray(), code, table, Arrays.copyOf(pos, 4 * n));
    }

    private int firstReachableDepth(int h, int[] depthIn, int n) {
        int start = handlers.get(h).start;
        for (int i = start; i < n; i++) {
            if (handlerOf[i] == h && depthIn[i] >= 0) {
                return depthIn[i];
            }
        }
        return -1;
    }

    /** Runs of instructions under the same innermost handler become entries; unknown depths are left out. */
    private ExceptionEntry[] table(int n, int[] depths, boolean skipUnknown) {
        List<ExceptionEntry> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int h = handlerOf[i];
            int j = i + 1;
            while (j < n && handlerOf[j] == h) {
                j++;
            }
            if (h >= 0 && !(skipUnknown && depths[h] < 0)) {
                Handler hd = handlers.get(h);
                out.add(new ExceptionEntry(i, j, hd.target.index, depths[h], hd.lasti));
            }
            i = j;
        }
        return out.toArray(new ExceptionEntry[0]);
    }

    /** LOAD_FAST; LOAD_FAST becomes LOAD_FAST_LOAD_FAST; LOAD_FAST (the partner stays), and so on. */
    private static void fuseSuperinstructions(int[] code) {
        for (int i = 0; i + 1 < code.length; i++) {
            Opcode fused = Opcode.fused(Opcode.of(code[i]), Opcode.of(code[i + 1]));
            if (fused != null) {
                code[i] = fused.encode(Opcode.argOf(code[i]));
                i++; // the partner is not fused again
            }
        }
    }
}
