package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints code objects as CPython's {@code dis} does: a line-number column where a new source line starts (with a
 * blank line before it), {@code >>} on jump and handler targets, the offset (instruction index), the opcode name,
 * the argument and its resolved value in parentheses; then the exception table (end shown inclusive, as CPython
 * shows it) and, recursively, every nested code object under a {@code Disassembly of <code object ...>:} heading.
 * Code objects are shown without an address so that the output is stable enough for goldens.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private Disassembler() {
    }

    /** The disassembly of {@code code} and the code objects nested in it. */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disassemble(code, sb);
        return sb.toString();
    }

    private static void disassemble(CodeObject code, StringBuilder out) {
        body(code, out);
        for (Object k : code.consts) {
            if (k instanceof CodeObject inner) {
                out.append('\n').append("Disassembly of ").append(inner).append(":\n");
                disassemble(inner, out);
            }
        }
    }

    /** One code object's instructions and exception table, without the nested ones. */
    public static void body(CodeObject code, StringBuilder out) {
        int n = code.code.length;
        boolean[] target = new boolean[n];
        for (int pc = 0; pc < n; pc++) {
            Opcode op = Opcode.of(code.code[pc]);
            if (op != null && op.isJump()) {
                int t = Opcode.argOf(code.code[pc]);
                if (t < n) {
                    target[t] = true;
                }
            }
        }
        for (ExceptionEntry e : code.exceptionTable) {
            if (e.target() >= 0 && e.target() < n) {
                target[e.target()] = true;
            }
        }
        int maxLine = 0;
        for (int pc = 0; pc < n; pc++) {
            maxLine = Math.max(maxLine, code.line(pc));
        }
        int linenoWidth = Math.max(3, Integer.toString(maxLine).length());
        int offsetWidth = Math.max(4, Integer.toString(Math.max(0, n - 1)).length());
        int prevLine = Integer.MIN_VALUE;
        for (int pc = 0; pc < n; pc++) {
            int line = code.line(pc);
            boolean startsLine = line != prevLine && line >= 0;
            if (line >= 0) {
                prevLine = line;
            }
            if (startsLine && pc > 0) {
                out.append('\n');
            }
            List<String> fields = new ArrayList<>();
            fields.add(startsLine ? pad(Integer.toString(line), linenoWidth, true) : " ".repeat(linenoWidth));
            fields.add("   ");
            fields.add(target[pc] ? ">>" : "  ");
            fields.add(pad(Integer.toString(pc), offsetWidth, true));
            fields.add(instruction(code, pc));
            out.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            out.append("ExceptionTable:\n");
            for (ExceptionEntry e : code.exceptionTable) {
                out.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** Opcode name, argument and resolved value of one instruction ("<unknown 250>" for a bad opcode). */
    public static String instruction(CodeObject code, int pc) {
        int word = code.code[pc];
        Opcode op = Opcode.of(word);
        int arg = Opcode.argOf(word);
        if (op == null) {
            return "<unknown " + (word & 0xFF) + ">" + (arg != 0 ? " " + arg : "");
        }
        if (op.operand == OperandKind.NONE && arg == 0) {
            return op.name();
        }
        StringBuilder sb = new StringBuilder(pad(op.name(), OPNAME_WIDTH, false)).append(' ')
                .append(pad(Integer.toString(arg), OPARG_WIDTH, true));
        String repr = op.operand.check(arg, code) == null ? op.operand.describe(arg, code) : "?";
        if (!repr.isEmpty()) {
            sb.append(" (").append(repr).append(')');
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }
}
