package org.pyvm.vm;

import org.pyvm.bytecode.Disassembler;
import org.pyvm.objects.Abstract;
import org.pyvm.objects.PyException;
import org.pyvm.objects.PyObject;

/**
 * {@code pyvm run --trace}: one line on stderr per executed instruction, with its code object, source line,
 * offset, the instruction as {@code pyvm dis} shows it, and the top of the value stack before it runs.
 */
final class Tracer {
    private Tracer() {
    }

    /** Set once, before the program starts. */
    static boolean enabled;
    /** Where trace lines go (the program's stderr). */
    static java.io.PrintStream out = System.err;

    static void trace(Frame f, int pc, int sp, int base) {
        PyCode code = f.code;
        StringBuilder sb = new StringBuilder();
        sb.append(code.co.name).append(":").append(code.co.line(pc)).append(String.format(" %4d ", pc));
        sb.append(Disassembler.instruction(code.co, pc).strip());
        if (sp > base) {
            PyObject tos = f.regs[sp - 1];
            String r;
            if (tos == null) {
                r = "<null>";
            } else {
                try {
                    r = Abstract.repr(tos).value;
                } catch (PyException e) {
                    r = "<" + tos.type().name() + " object>";
                }
            }
            if (r.length() > 60) {
                r = r.substring(0, 57) + "...";
            }
            sb.append("    | TOS=").append(r);
        }
        Launcher.flushOut();
        out.println(sb);
    }
}
