package org.pyvm.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyvm.compiler.CompilerTestSupport.compile;
import static org.pyvm.compiler.CompilerTestSupport.error;
import static org.pyvm.compiler.CompilerTestSupport.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.Constants;
import org.pyvm.bytecode.Opcode;
import org.pyvm.parse.PySyntaxError;

/** Unit tests of the code generator: names, flags, constants, positions and compile-stage errors. */
class CodeGeneratorTest {
    private static List<Opcode> ops(CodeObject co) {
        List<Opcode> out = new ArrayList<>();
        for (int w : co.code) {
            out.add(Opcode.of(w).base());
        }
        return out;
    }

    @Test
    void qualifiedNamesAreCPythons() {
        CodeObject m = compile("""
                def f():
                    def g(): pass
                    class K:
                        def h(self): return lambda: (x for x in ())
                    return g
                class C:
                    def m(self): pass
                    class D:
                        def n(self): pass
                def outer():
                    global glob
                    def glob(): pass
                def gen[T](): pass
                class Gen[T]:
                    def meth[U](self): pass
                """);
        for (String q : List.of("f", "f.<locals>.g", "f.<locals>.K", "f.<locals>.K.h", "f.<locals>.K.h.<locals>.<lambda>",
                "f.<locals>.K.h.<locals>.<lambda>.<locals>.<genexpr>", "C", "C.m", "C.D", "C.D.n", "glob",
                "<generic parameters of gen>", "gen", "Gen", "Gen.<generic parameters of meth>", "Gen.meth")) {
            assertNotNull(find(m, q), q);
        }
    }

    @Test
    void flagsAndCounts() {
        CodeObject m = compile("""
                def f(a, /, b, *args, c, **kw): yield
                async def co(): await x
                async def ag(): yield 1
                def outer():
                    v = 1
                    def inner(): return v
                """);
        CodeObject f = find(m, "f");
        assertEquals(2, f.argCount);
        assertEquals(1, f.posOnlyArgCount);
        assertEquals(1, f.kwOnlyArgCount);
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS | CodeObject.CO_VARARGS
                | CodeObject.CO_VARKEYWORDS | CodeObject.CO_GENERATOR, f.flags);
        assertArrayEquals(new String[]{"a", "b", "c", "args", "kw"}, f.varnames);
        assertTrue((find(m, "co").flags & CodeObject.CO_COROUTINE) != 0);
        assertTrue((find(m, "ag").flags & CodeObject.CO_ASYNC_GENERATOR) != 0);
        assertArrayEquals(new String[]{"v"}, find(m, "outer").cellvars);
        CodeObject inner = find(m, "outer.<locals>.inner");
        assertArrayEquals(new String[]{"v"}, inner.freevars);
        assertTrue((inner.flags & CodeObject.CO_NESTED) != 0);
        assertEquals(0, m.flags);
    }

    @Test
    void docstringsAreFirstConstantsOrDunderDoc() {
        CodeObject m = compile("\"module doc\"\ndef f():\n    'fdoc'\n    return 1\ndef g():\n    return 2\n");
        assertTrue(m.names.length > 0 && m.names[0].equals("__doc__"));
        CodeObject f = find(m, "f");
        assertEquals("fdoc", f.consts[0]);
        assertTrue((f.flags & CodeObject.CO_HAS_DOCSTRING) != 0);
        assertFalse((find(m, "g").flags & CodeObject.CO_HAS_DOCSTRING) != 0);
    }

    @Test
    void constantFoldingFollowsTheAstOptimizer() {
        CodeObject m = compile("a = (2 ** 10, -5, 'ab' * 3, (1, 2) + (3,), 7 // -2, 7 % -2, -7.5 // 2, 1 / 4, "
                + "~True, 'abc'[-1], __debug__, 1 + 2j)\n");
        Constants.Tuple t = (Constants.Tuple) m.consts[0];
        assertEquals(Constants.repr(t), "(1024, -5, 'ababab', (1, 2, 3), -4, -1, -4.0, 0.25, -2, 'c', True, (1+2j))");
        // Beyond CPython's limits nothing is folded.
        CodeObject big = compile("a = 2 ** 200\nb = 'x' * 5000\nc = 1 / 0\n");
        assertTrue(ops(big).contains(Opcode.BINARY_OP));
        assertEquals(3, ops(big).stream().filter(o -> o == Opcode.BINARY_OP).count());
        assertEquals(2L, big.consts[0]);
    }

    @Test
    void inListsAndForIterablesBecomeConstants() {
        CodeObject m = compile("x in [1, 2]\nx in {1, 2, 2}\nfor i in [a, b]: pass\n");
        assertTrue(Arrays.asList(m.consts).contains(Constants.Tuple.of(1L, 2L)));
        assertTrue(Arrays.asList(m.consts).contains(new Constants.FrozenSet(List.of(1L, 2L))));
        assertTrue(ops(m).contains(Opcode.BUILD_TUPLE));
        assertFalse(ops(m).contains(Opcode.BUILD_LIST));
    }

    @Test
    void positionsAreTheNodesSpans() {
        CodeObject m = compile("x = 1\nprint(a.b,\n      c)\n");
        int call = ops(m).indexOf(Opcode.CALL);
        assertEquals(2, m.line(call));
        assertEquals(3, m.endLine(call));
        assertEquals(0, m.column(call));
        assertEquals(8, m.endColumn(call));
        int attr = ops(m).indexOf(Opcode.LOAD_ATTR);
        assertEquals(6, m.column(attr));
        assertEquals(9, m.endColumn(attr));
    }

    @Test
    void annotationsAreStoredAsCPythonStoresThem() {
        CodeObject m = compile("x: int = 1\ndef f(a: int) -> str: pass\nclass C:\n    y: list\n");
        assertEquals(Opcode.SETUP_ANNOTATIONS, ops(m).get(0));
        assertTrue(Arrays.asList(m.names).contains("__annotations__"));
        CodeObject fut = compile("from __future__ import annotations\nx: list[int | None]\n");
        assertTrue(Arrays.asList(fut.consts).contains("list[int | None]"));
        assertFalse(Arrays.asList(fut.names).contains("int"));
    }

    @Test
    void compileStageErrorsHaveCPythonsMessagesAndPositions() {
        Object[][] cases = {
                {"__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10},
                {"def f(__debug__): pass\n", "cannot assign to __debug__", 1, 7, 1, 16},
                {"f(__debug__=1)\n", "cannot assign to __debug__", 1, 3, 1, 14},
                {"del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14},
                {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3, 1, 4, 7},
                {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11},
                {"*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
                {"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 1, 10},
                {"x: int = *a\n", "can't use starred expression here", 1, 10, 1, 12},
                {"return 1\n", "'return' outside function", 1, 1, 1, 9},
                {"def f():\n  try: pass\n  except* E:\n    return\n",
                 "'break', 'continue' and 'return' cannot appear in an except* block", 4, 5, 4, 11},
        };
        for (Object[] c : cases) {
            PySyntaxError e = error((String) c[0]);
            assertEquals(c[1], e.msg(), (String) c[0]);
            assertEquals(c[2], e.lineno(), (String) c[0]);
            assertEquals(c[3], e.offset(), (String) c[0]);
            assertEquals(c[4], e.endLineno(), (String) c[0]);
            assertEquals(c[5], e.endOffset(), (String) c[0]);
        }
    }

    @Test
    void tooManyStaticallyNestedBlocks() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            src.append("  ".repeat(i)).append("while x:\n");
        }
        src.append("  ".repeat(21)).append("pass\n");
        assertEquals("too many statically nested blocks", error(src.toString()).msg());
    }

    @Test
    void methodCallsUseLoadMethodExceptOnImportedModules() {
        CodeObject m = compile("import os\nos.getcwd()\nx.y()\nsuper().f()\n");
        List<Opcode> o = ops(m);
        // x.y() and super().f() (zero-argument super at module level is a plain call) use LOAD_METHOD.
        assertEquals(2, o.stream().filter(op -> op == Opcode.LOAD_METHOD).count());
        assertTrue(o.contains(Opcode.LOAD_ATTR));
        CodeObject meth = find(compile("class C:\n  def f(self):\n    return super().f(1)\n"), "C.f");
        assertTrue(ops(meth).contains(Opcode.LOAD_SUPER_ATTR));
    }

    @Test
    void returnThroughFinallyRunsTheFinallyBody() {
        CodeObject f = find(compile("def f():\n  try:\n    return g()\n  finally:\n    h()\n"), "f");
        List<Opcode> o = ops(f);
        // g(), then h() before RETURN_VALUE on the return path; the (unreachable) normal and the exceptional copies
        // of h() follow: CPython's flow-graph pass would drop the unreachable one.
        int ret = o.indexOf(Opcode.RETURN_VALUE);
        assertEquals(2, o.subList(0, ret).stream().filter(op -> op == Opcode.CALL).count());
        assertEquals(4, o.stream().filter(op -> op == Opcode.CALL).count());
        assertTrue(f.exceptionTable.length >= 2);
    }

    @Test
    void everyStatementFormCompiles() {
        compile("""
                import a.b.c as d
                from .. import x
                from m import *
                global g
                with a as (b, c), d: pass
                async def f():
                    async with a as b:
                        async for x in b:
                            await x
                    return [y async for y in z]
                try:
                    pass
                except* (A, B) as e:
                    raise
                else:
                    pass
                finally:
                    pass
                while a:
                    if b: break
                    elif c: continue
                    else: pass
                else:
                    del a, b[1], c.d
                assert a, b
                x = y = z = 1
                a.b += 1; a[1] -= 2; a[1:2] *= 3; n //= 4
                a, *b = c
                type X[T] = list[T]
                lambda *a, b=1, **c: (yield)
                """);
    }
}
