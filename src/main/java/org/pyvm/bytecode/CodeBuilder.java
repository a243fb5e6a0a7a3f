package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assembler the compiler emits into: instructions with labels, a current source position, deduplicated
 * constants and names, and CPython's exception-block pseudo-instructions; {@link #build} resolves the labels, fuses
 * superinstructions, turns the blocks into the exception table, computes max stack and makes the
 * {@link CodeObject}.
 *
 * <p>Exception blocks work as in CPython 3.12's compiler, so its code generation ports directly:
 * {@link #setupFinally}, {@link #setupCleanup} and {@link #setupWith} push a handler for the instructions that
 * follow in the flow of control, {@link #popBlock} pops it. The handler stack is propagated along every path
 * (fall-through and jumps, first path wins); a handler's own code runs under the stack as it was before its setup.
 * Each instruction is covered by the innermost handler on its stack. Handler depths come from the stack depth at
 * the setup: SETUP_FINALLY keeps it (no lasti), SETUP_CLEANUP keeps it and pushes lasti, SETUP_WITH drops the
 * {@code __enter__} result (depth - 1) and pushes lasti. Pseudo-instructions take no room in the code.
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

    private static final int SETUP = -1;     // pseudo-instruction: push handler args[i] (index into setups)
    private static final int POP_BLOCK = -2; // pseudo-instruction: pop the innermost handler

    private enum SetupKind { FINALLY, CLEANUP, WITH }

    private record Setup(Label target, SetupKind kind, int streamPos) {
    }

    /** An immutable handler stack (innermost first). */
    private record Blocks(int setup, Blocks outer) {
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
    private int[] pos = new int[256];
    private int count; // items in the stream: instructions and pseudo-instructions

    private final List<Setup> setups = new ArrayList<>();
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
        item(op.number, arg, target);
    }

    private void item(int op, int arg, Label target) {
        if (count == ops.length) {
            int cap = count * 2;
            ops = Arrays.copyOf(ops, cap);
            args = Arrays.copyOf(args, cap);
            jumpLabels = Arrays.copyOf(jumpLabels, cap);
            pos = Arrays.copyOf(pos, 4 * cap);
        }
        ops[count] = op;
        args[count] = arg;
        jumpLabels[count] = target;
        pos[4 * count] = line;
        pos[4 * count + 1] = endLine;
        pos[4 * count + 2] = col;
        pos[4 * count + 3] = endCol;
        count++;
    }

    // ---- exception blocks (pseudo-instructions)

    /** SETUP_FINALLY: exceptions in what follows go to {@code handler} with the current depth, no lasti. */
    public CodeBuilder setupFinally(Label handler) {
        return setup(handler, SetupKind.FINALLY);
    }

    /** SETUP_CLEANUP: as setupFinally, and the handler also gets lasti. */
    public CodeBuilder setupCleanup(Label handler) {
        return setup(handler, SetupKind.CLEANUP);
    }

    /** SETUP_WITH: after BEFORE_WITH; the handler gets the depth without the __enter__ result, and lasti. */
    public CodeBuilder setupWith(Label handler) {
        return setup(handler, SetupKind.WITH);
    }

    /** POP_BLOCK: the innermost handler no longer covers what follows. */
    public CodeBuilder popBlock() {
        item(POP_BLOCK, 0, null);
        return this;
    }

    private CodeBuilder setup(Label handler, SetupKind kind) {
        setups.add(new Setup(handler, kind, count));
        item(SETUP, setups.size() - 1, handler);
        return this;
    }

    // ---- build

    /** Resolves labels and handlers, fuses superinstructions, computes max stack: the finished code object. */
    public CodeObject build() {
        // Real instruction index of every stream position (pseudo-instructions map to the next real one).
        int[] real = new int[count + 1];
        int n = 0;
        for (int i = 0; i < count; i++) {
            real[i] = n;
            if (ops[i] > 0) {
                n++;
            }
        }
        real[count] = n;
        int[] code = new int[n];
        int[] positions = new int[4 * n];
        for (int i = 0; i < count; i++) {
            if (ops[i] <= 0) {
                continue;
            }
            int arg = args[i];
            Label l = jumpLabels[i];
            if (l != null) {
                arg = target(l, real, n);
            }
            code[real[i]] = Opcode.byNumber(ops[i]).encode(arg);
            System.arraycopy(pos, 4 * i, positions, 4 * real[i], 4);
        }
        int[] handlerOf = coverage(real, n);
        if (fuse) {
            fuseSuperinstructions(code);
        }
        int[] depths = new int[setups.size()];
        Arrays.fill(depths, -1);
        for (Setup s : setups) {
            target(s.target, real, n);
        }
        ExceptionEntry[] table;
        StackDepth.Flow flow;
        try {
            // A handler's depth is the stack depth where it was set up, known once that point is reached by the
            // analysis; a setup inside another handler's code needs that handler first: repeat until settled.
            while (true) {
                table = table(n, handlerOf, depths, real);
                flow = StackDepth.analyze(code, table);
                boolean changed = false;
                for (int h = 0; h < depths.length; h++) {
                    Setup s = setups.get(h);
                    int at = real[s.streamPos];
                    if (depths[h] < 0 && at < n && flow.depthIn()[at] >= 0) {
                        depths[h] = flow.depthIn()[at] - (s.kind == SetupKind.WITH ? 1 : 0);
                        if (depths[h] < 0) {
                            throw new IllegalStateException("SETUP_WITH with an empty stack in " + qualname);
                        }
                        changed = true;
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
                names.toArray(new String[0]), consts.toArray(), code, table, positions);
    }

    private int target(Label l, int[] real, int n) {
        if (l.index < 0 || real[l.index] >= n) {
            throw new IllegalStateException("a label in " + qualname + " is not bound to an instruction");
        }
        return real[l.index];
    }

    /**
     * The innermost handler (setup index, or -1) of each real instruction: the handler stacks are propagated
     * over the stream along fall-through and jump edges; a handler's target starts with the stack of its setup.
     */
    private int[] coverage(int[] real, int n) {
        int[] handlerOf = new int[n];
        Arrays.fill(handlerOf, -1);
        Blocks[] state = new Blocks[count + 1];
        boolean[] seen = new boolean[count + 1];
        Blocks empty = new Blocks(-1, null);
        int[] work = new int[count + 1];
        int top = 0;
        seen[0] = true;
        state[0] = empty;
        work[top++] = 0;
        while (top > 0) {
            int i = work[--top];
            if (i >= count) {
                continue;
            }
            Blocks b = state[i];
            int op = ops[i];
            if (op == SETUP) {
                top = visit(state, seen, work, top, jumpLabels[i].index, b);
                top = visit(state, seen, work, top, i + 1, new Blocks(args[i], b));
            } else if (op == POP_BLOCK) {
                if (b.outer == null) {
                    throw new IllegalStateException("POP_BLOCK without a block in " + qualname);
                }
                top = visit(state, seen, work, top, i + 1, b.outer);
            } else {
                handlerOf[real[i]] = b.setup;
                Opcode o = Opcode.byNumber(op);
                if (o.fallsThrough()) {
                    top = visit(state, seen, work, top, i + 1, b);
                }
                if (o.isJump()) {
                    top = visit(state, seen, work, top, jumpLabels[i].index, b);
                }
            }
        }
        return handlerOf;
    }

    private static int visit(Blocks[] state, boolean[] seen, int[] work, int top, int i, Blocks b) {
        if (i >= 0 && !seen[i]) {
            seen[i] = true;
            state[i] = b;
            work[top++] = i;
        }
        return top;
    }

    /** Runs of instructions under the same innermost handler become entries; unknown depths are left out. */
    private ExceptionEntry[] table(int n, int[] handlerOf, int[] depths, int[] real) {
        List<ExceptionEntry> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int h = handlerOf[i];
            int j = i + 1;
            while (j < n && handlerOf[j] == h) {
                j++;
            }
            if (h >= 0 && depths[h] >= 0) {
                Setup s = setups.get(h);
                out.add(new ExceptionEntry(i, j, real[s.target.index], depths[h], s.kind != SetupKind.FINALLY));
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
