package org.pyvm.bytecode;

import java.math.BigInteger;
import java.util.List;

import static org.pyvm.bytecode.CodeObject.*;
import static org.pyvm.bytecode.Opcode.*;

/** Code objects written by hand with {@link CodeBuilder}, as the compiler would emit them for small programs. */
final class Samples {
    private Samples() {
    }

    static final String FILE = "t.py";

    /**
     * <pre>
     * def f(a, b):
     *     try:
     *         return a &lt; b
     *     except ValueError as e:
     *         print(e)
     *     with a:
     *         pass
     * </pre>
     */
    static CodeObject tryExceptWith() {
        CodeBuilder b = new CodeBuilder("f", "f", FILE, 1).argCount(2).addFlags(CO_OPTIMIZED | CO_NEWLOCALS);
        int a = b.local("a");
        int bb = b.local("b");
        CodeBuilder.Label handler = b.newLabel();
        CodeBuilder.Label cleanup = b.newLabel();
        CodeBuilder.Label cleanupE = b.newLabel();
        CodeBuilder.Label next = b.newLabel();
        CodeBuilder.Label with = b.newLabel();
        CodeBuilder.Label withHandler = b.newLabel();
        CodeBuilder.Label withCleanup = b.newLabel();
        CodeBuilder.Label suppress = b.newLabel();
        int none = b.constant(Constants.NONE);

        b.position(2, 2, 4, 8).emit(NOP);
        b.setupFinally(handler);
        b.position(3, 3, 15, 16).emit(LOAD_FAST, a);
        b.position(3, 3, 19, 20).emit(LOAD_FAST, bb);
        b.position(3, 3, 15, 20).emit(COMPARE_OP, Operands.CMP_LT);
        b.popBlock();
        b.position(3, 3, 8, 20).emit(RETURN_VALUE);

        b.bind(handler).setupCleanup(cleanup);
        b.emit(PUSH_EXC_INFO);
        b.position(4, 4, 11, 21).emit(LOAD_GLOBAL, b.name("ValueError"));
        b.emit(CHECK_EXC_MATCH);
        b.emit(POP_JUMP_IF_FALSE, next);
        int e = b.local("e");
        b.emit(STORE_FAST, e);
        b.setupCleanup(cleanupE);
        b.position(5, 5, 8, 13).emit(LOAD_GLOBAL, b.name("print"));
        b.position(5, 5, 14, 15).emit(LOAD_FAST, e);
        b.position(5, 5, 8, 16).emit(CALL, 1);
        b.emit(POP_TOP);
        b.popBlock().popBlock();
        b.emit(POP_EXCEPT);
        b.emit(LOAD_CONST, none).emit(STORE_FAST, e).emit(DELETE_FAST, e);
        b.emit(JUMP_FORWARD, with);
        b.bind(cleanupE).emit(LOAD_CONST, none).emit(STORE_FAST, e).emit(DELETE_FAST, e).emit(RERAISE, 1);
        b.position(4, 4, 4, 21).bind(next).emit(RERAISE, 0);
        b.bind(cleanup).emit(COPY, 3).emit(POP_EXCEPT).emit(RERAISE, 1);

        b.bind(with).position(6, 6, 9, 10).emit(LOAD_FAST, a);
        b.emit(BEFORE_WITH);
        b.setupWith(withHandler);
        b.emit(POP_TOP);
        b.position(7, 7, 8, 12).emit(NOP);
        b.popBlock();
        b.position(6, 6, 4, 12).emit(LOAD_CONST, none).emit(LOAD_CONST, none).emit(LOAD_CONST, none);
        b.emit(CALL, 3).emit(POP_TOP).emit(RETURN_CONST, none);
        b.bind(withHandler).setupCleanup(withCleanup);
        b.emit(PUSH_EXC_INFO).emit(WITH_EXCEPT_START).emit(POP_JUMP_IF_TRUE, suppress).emit(RERAISE, 2);
        b.bind(suppress).emit(POP_TOP).popBlock().emit(POP_EXCEPT).emit(POP_TOP).emit(POP_TOP)
                .emit(RETURN_CONST, none);
        b.bind(withCleanup).emit(COPY, 3).emit(POP_EXCEPT).emit(RERAISE, 1);
        return b.build();
    }

    /** {@code def g(it): y = yield from it; return y} */
    static CodeObject yieldFrom() {
        CodeBuilder b = new CodeBuilder("g", "g", FILE, 9).argCount(1)
                .addFlags(CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR);
        int it = b.local("it");
        int y = b.local("y");
        CodeBuilder.Label send = b.newLabel();
        CodeBuilder.Label exit = b.newLabel();
        b.position(10, 10, 19, 21).emit(LOAD_FAST, it).emit(GET_YIELD_FROM_ITER).emit(LOAD_CONST, b.constant(Constants.NONE));
        b.bind(send).emit(SEND, exit).emit(YIELD_VALUE, 1).emit(JUMP_BACKWARD_NO_INTERRUPT, send);
        b.bind(exit).position(10, 10, 4, 5).emit(STORE_FAST, y);
        b.position(11, 11, 11, 12).emit(LOAD_FAST, y).position(11, 11, 4, 12).emit(RETURN_VALUE);
        return b.build();
    }

    /** {@code def outer(): v = 1; def inner(): return v; return inner} */
    static CodeObject closure() {
        CodeBuilder in = new CodeBuilder("inner", "outer.<locals>.inner", FILE, 14)
                .addFlags(CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED).cells(List.of(), List.of("v"));
        in.position(14, 14, 24, 25).emit(LOAD_DEREF, in.cell("v")).emit(RETURN_VALUE);
        CodeObject inner = in.build();

        CodeBuilder b = new CodeBuilder("outer", "outer", FILE, 12).addFlags(CO_OPTIMIZED | CO_NEWLOCALS)
                .cells(List.of("v"), List.of());
        int innerLocal = b.local("inner");
        b.position(13, 13, 8, 9).emit(LOAD_CONST, b.constant(1L)).emit(STORE_DEREF, b.cell("v"));
        b.position(14, 14, 4, 25).emit(LOAD_CLOSURE, b.cell("v")).emit(BUILD_TUPLE, 1)
                .emit(LOAD_CONST, b.constant(inner)).emit(MAKE_FUNCTION, Operands.FN_CLOSURE)
                .emit(STORE_FAST, innerLocal);
        b.position(15, 15, 11, 16).emit(LOAD_FAST, innerLocal).position(15, 15, 4, 16).emit(RETURN_VALUE);
        return b.build();
    }

    /** A module defining the three functions above and a constant of every kind. */
    static CodeObject module() {
        CodeBuilder b = new CodeBuilder("<module>", "<module>", FILE, 1);
        b.position(1, 7, 0, 15).emit(LOAD_CONST, b.constant(tryExceptWith())).emit(MAKE_FUNCTION, 0)
                .emit(STORE_NAME, b.name("f"));
        b.position(9, 11, 0, 12).emit(LOAD_CONST, b.constant(yieldFrom())).emit(MAKE_FUNCTION, 0)
                .emit(STORE_NAME, b.name("g"));
        b.position(12, 15, 0, 16).emit(LOAD_CONST, b.constant(closure())).emit(MAKE_FUNCTION, 0)
                .emit(STORE_NAME, b.name("outer"));
        b.position(16, 16, 4, 60).emit(LOAD_CONST, b.constant(everyConstant()));
        b.position(16, 16, 0, 1).emit(STORE_NAME, b.name("x"));
        b.position(16, 16, 0, 60).emit(RETURN_CONST, b.constant(Constants.NONE));
        return b.build();
    }

    static Constants.Tuple everyConstant() {
        return Constants.Tuple.of(Constants.NONE, Constants.ELLIPSIS, true, false, 0L, -1L, Long.MIN_VALUE,
                new BigInteger("-123456789012345678901234567890"), 2.5, -0.0, Double.NaN,
                Double.POSITIVE_INFINITY, new Constants.Complex(1, -2), "", "héllo 😀", "lone \udc80 surrogate",
                new Constants.Bytes(new byte[]{0, 'a', (byte) 0xff}), Constants.Tuple.of(),
                Constants.Tuple.of(Constants.Tuple.of(1L)), new Constants.FrozenSet(List.of("a", 1L)));
    }
}
