package org.pyvm.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An instruction's stack effect, written as CPython's {@code Python/bytecodes.c} writes it:
 * {@code "inputs -- outputs"} or {@code "inputs -- outputs | outputs-when-the-jump-is-taken"}.
 *
 * <p>Each item is a name (one stack slot) or {@code name[size]}, where size is an expression over {@code oparg}
 * with integers, {@code + - * & >>} (evaluated left to right within a precedence level; {@code * & >>} bind tighter
 * than {@code + -}) and parentheses. Items are listed bottom first, so the rightmost input is the top of the stack.
 * Examples: {@code "lhs rhs -- result"}, {@code "items[oparg*2] -- map"}, {@code "iter -- iter next | "}.
 *
 * <p>The picture is the only statement of an opcode's stack effect: the verifier, {@link StackDepth}, the
 * disassembler's documentation and {@code docs/bytecode.md} all read it through {@link Opcode}.
 */
public final class StackPicture {
    /** One named stack item and its size as a function of the argument. */
    public record Item(String name, String sizeText, IntUnaryOperator size) {
        boolean single() {
            return sizeText == null;
        }
    }

    private final String text;
    private final List<Item> inputs;
    private final List<Item> outputs;
    private final List<Item> jumpOutputs; // null: same as outputs
    private final int fixedPops;          // -1 when the count depends on oparg
    private final int fixedPushes;
    private final int fixedJumpPushes;

    private StackPicture(String text, List<Item> inputs, List<Item> outputs, List<Item> jumpOutputs) {
        this.text = text;
        this.inputs = inputs;
        this.outputs = outputs;
        this.jumpOutputs = jumpOutputs;
        this.fixedPops = fixed(inputs);
        this.fixedPushes = fixed(outputs);
        this.fixedJumpPushes = jumpOutputs == null ? fixedPushes : fixed(jumpOutputs);
    }

    /** Parses a picture; throws IllegalArgumentException on a malformed one (a bug in the opcode table). */
    public static StackPicture parse(String text) {
        int dash = text.indexOf("--");
        if (dash < 0 || text.indexOf("--", dash + 2) >= 0) {
            throw new IllegalArgumentException("stack picture needs one '--': " + text);
        }
        String in = text.substring(0, dash);
        String rest = text.substring(dash + 2);
        String out = rest;
        String jump = null;
        int bar = rest.indexOf('|');
        if (bar >= 0) {
            out = rest.substring(0, bar);
            jump = rest.substring(bar + 1);
        }
        return new StackPicture(text.trim(), items(in, text), items(out, text), jump == null ? null : items(jump, text));
    }

    private static List<Item> items(String part, String whole) {
        List<Item> list = new ArrayList<>();
        for (String word : part.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int open = word.indexOf('[');
            if (open < 0) {
                checkName(word, whole);
                list.add(new Item(word, null, arg -> 1));
            } else {
                if (!word.endsWith("]")) {
                    throw new IllegalArgumentException("bad item '" + word + "' in " + whole);
                }
                String name = word.substring(0, open);
                checkName(name, whole);
                String expr = word.substring(open + 1, word.length() - 1);
                list.add(new Item(name, expr, new ExprParser(expr, whole).parseAll()));
            }
        }
        return List.copyOf(list);
    }

    private static void checkName(String name, String whole) {
        if (!name.matches("[A-Za-z_][A-Za-z_0-9]*")) {
            throw new IllegalArgumentException("bad item name '" + name + "' in " + whole);
        }
    }

    private static int fixed(List<Item> items) {
        int n = 0;
        for (Item item : items) {
            if (!item.single()) {
                return -1;
            }
            n++;
        }
        return n;
    }

    private static int sum(List<Item> items, int arg) {
        int n = 0;
        for (Item item : items) {
            int s = item.size.applyAsInt(arg);
            if (s < 0) {
                return -1;
            }
            n += s;
        }
        return n;
    }

    /** Number of slots the instruction pops with this argument, or -1 if the argument makes a size negative. */
    public int pops(int arg) {
        return fixedPops >= 0 ? fixedPops : sum(inputs, arg);
    }

    /** Number of slots pushed when execution continues with the next instruction (or -1, as for pops). */
    public int pushes(int arg) {
        return fixedPushes >= 0 ? fixedPushes : sum(outputs, arg);
    }

    /** Number of slots pushed when the instruction's jump is taken (or -1, as for pops). */
    public int jumpPushes(int arg) {
        if (jumpOutputs == null) {
            return pushes(arg);
        }
        return fixedJumpPushes >= 0 ? fixedJumpPushes : sum(jumpOutputs, arg);
    }

    /** True when every item has a non-negative size for this argument. */
    public boolean validFor(int arg) {
        return pops(arg) >= 0 && pushes(arg) >= 0 && jumpPushes(arg) >= 0;
    }

    /** Net effect on the stack depth when falling through. */
    public int effect(int arg) {
        return pushes(arg) - pops(arg);
    }

    /** Net effect on the stack depth when the jump is taken. */
    public int jumpEffect(int arg) {
        return jumpPushes(arg) - pops(arg);
    }

    /** True when a taken jump leaves a different stack than falling through (FOR_ITER, SEND, JUMP_IF_*_OR_POP). */
    public boolean hasJumpOutputs() {
        return jumpOutputs != null;
    }

    public List<Item> inputs() {
        return inputs;
    }

    public List<Item> outputs() {
        return outputs;
    }

    @Override
    public String toString() {
        return text;
    }

    /** expr := term (('+'|'-') term)* ; term := factor (('*'|'&'|'>>') factor)* ; factor := INT | oparg | (expr) */
    private static final class ExprParser {
        private final String s;
        private final String whole;
        private int i;

        ExprParser(String s, String whole) {
            this.s = s;
            this.whole = whole;
        }

        IntUnaryOperator parseAll() {
            IntUnaryOperator e = expr();
            if (i != s.length()) {
                throw error();
            }
            return e;
        }

        private IllegalArgumentException error() {
            return new IllegalArgumentException("bad size expression '" + s + "' at " + i + " in " + whole);
        }

        private IntUnaryOperator expr() {
            IntUnaryOperator left = term();
            while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                char op = s.charAt(i++);
                IntUnaryOperator l = left;
                IntUnaryOperator r = term();
                left = op == '+' ? a -> l.applyAsInt(a) + r.applyAsInt(a) : a -> l.applyAsInt(a) - r.applyAsInt(a);
            }
            return left;
        }

        private IntUnaryOperator term() {
            IntUnaryOperator left = factor();
            while (i < s.length()) {
                IntUnaryOperator l = left;
                if (s.charAt(i) == '*') {
                    i++;
                    IntUnaryOperator r = factor();
                    left = a -> l.applyAsInt(a) * r.applyAsInt(a);
                } else if (s.charAt(i) == '&') {
                    i++;
                    IntUnaryOperator r = factor();
                    left = a -> l.applyAsInt(a) & r.applyAsInt(a);
                } else if (s.startsWith(">>", i)) {
                    i += 2;
                    IntUnaryOperator r = factor();
                    left = a -> l.applyAsInt(a) >> r.applyAsInt(a);
                } else {
                    break;
                }
            }
            return left;
        }

        private IntUnaryOperator factor() {
            if (i >= s.length()) {
                throw error();
            }
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                IntUnaryOperator e = expr();
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw error();
                }
                i++;
                return e;
            }
            if (s.startsWith("oparg", i)) {
                i += 5;
                return a -> a;
            }
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw error();
            }
            int value = Integer.parseInt(s.substring(start, i));
            return a -> value;
        }
    }
}
